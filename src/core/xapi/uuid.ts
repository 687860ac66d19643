import { sha1, utf8Bytes } from './sha1';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * A name-based UUID (RFC 9562 version 5): SHA-1 of the namespace UUID's bytes and the name.
 * The same recording and statement number always give the same id, so exporting twice sends
 * the same statements, which an LRS accepts as the same and does not store twice.
 */
export function uuidV5(namespace: string, name: string): string {
  const ns = namespace.toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(ns))
    throw new RangeError(`not a UUID: "${namespace}"`);
  const nsBytes: number[] = [];
  const hex = ns.replace(/-/g, '');
  for (let i = 0; i < 32; i += 2) nsBytes.push(Number.parseInt(hex.slice(i, i + 2), 16));
  const hash = sha1([...nsBytes, ...utf8Bytes(name)]).slice(0, 16);
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const h = hash.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
