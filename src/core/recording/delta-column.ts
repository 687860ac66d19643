import type { Localized } from '../scenario/schema';

/**
 * One column of integers as text: each value minus the one before, zig-zag mapped to a
 * non-negative number, written as a LEB128 varint and the bytes as base64url. A head that moves
 * a few millimetres between samples costs one byte per value instead of "-3," in plain JSON.
 * Plain arithmetic throughout (no 32-bit bit operations), so any safe integer round-trips.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** A varint longer than this many bytes cannot come from a safe integer. */
const MAX_VARINT_BYTES = 8;

/** A column that does not decode; the reason in German and English (it reaches the import dialog). */
export class ColumnError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

function toBase64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2];
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)];
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)];
    if (c !== undefined) out += ALPHABET[c & 63];
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  if (text.length % 4 === 1)
    throw new ColumnError({
      de: 'der Text hat eine für Base64 unmögliche Länge',
      en: 'the text has an impossible length for base64',
    });
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const sextets = [0, 0, 0, 0];
    const n = Math.min(4, text.length - i);
    for (let k = 0; k < n; k++) {
      const code = text.charCodeAt(i + k);
      const v = code < 128 ? (DECODE[code] as number) : -1;
      if (v < 0) {
        throw new ColumnError({
          de: `unerwartetes Zeichen „${text[i + k]}“ an Position ${i + k}`,
          en: `unexpected character "${text[i + k]}" at position ${i + k}`,
        });
      }
      sextets[k] = v;
    }
    const [s0, s1, s2, s3] = sextets as [number, number, number, number];
    out[o++] = (s0 << 2) | (s1 >> 4);
    if (n > 2) out[o++] = ((s1 & 15) << 4) | (s2 >> 2);
    if (n > 3) out[o++] = ((s2 & 3) << 6) | s3;
  }
  return out;
}

/** Encodes the first `count` values of a column of integers. */
export function encodeDeltaColumn(values: ArrayLike<number>, count: number = values.length): string {
  const bytes: number[] = [];
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i] as number;
    const delta = value - previous;
    previous = value;
    let zigzag = delta >= 0 ? delta * 2 : -delta * 2 - 1;
    while (zigzag >= 128) {
      bytes.push((zigzag % 128) + 128);
      zigzag = Math.floor(zigzag / 128);
    }
    bytes.push(zigzag);
  }
  return toBase64(bytes);
}

/** Decodes exactly `count` integers; throws ColumnError when the text holds more, fewer or garbage. */
export function decodeDeltaColumn(text: string, count: number): Int32Array {
  const bytes = fromBase64(text);
  const out = new Int32Array(count);
  let at = 0;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let zigzag = 0;
    let factor = 1;
    for (let k = 0; ; k++) {
      if (at >= bytes.length) {
        throw new ColumnError({
          de: `die Spalte endet nach ${i} von ${count} Werten`,
          en: `the column ends after ${i} of ${count} values`,
        });
      }
      if (k >= MAX_VARINT_BYTES)
        throw new ColumnError({ de: `Wert ${i + 1} ist zu lang`, en: `value ${i + 1} is too long` });
      const byte = bytes[at++] as number;
      zigzag += (byte % 128) * factor;
      if (byte < 128) break;
      factor *= 128;
    }
    const delta = zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    const value = previous + delta;
    if (value > 2147483647 || value < -2147483648)
      throw new ColumnError({ de: `Wert ${i + 1} liegt außerhalb des Bereichs`, en: `value ${i + 1} is out of range` });
    out[i] = value;
    previous = value;
  }
  if (at !== bytes.length)
    throw new ColumnError({
      de: `die Spalte enthält mehr als ${count} Werte`,
      en: `the column holds more than ${count} values`,
    });
  return out;
}
