import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1, utf8Bytes } from '../../../src/core/xapi/sha1';
import { isUuid, uuidV5 } from '../../../src/core/xapi/uuid';

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

describe('sha1', () => {
  it.each(['', 'abc', 'Grüße „Ärger“ 🙂', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), 'd'.repeat(1000)])(
    'matches node:crypto for %j',
    (text) => {
      expect(hex(sha1(utf8Bytes(text)))).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
    },
  );

  it('encodes UTF-8 like Buffer', () => {
    expect(utf8Bytes('Ä€🙂')).toEqual([...Buffer.from('Ä€🙂', 'utf8')]);
  });
});

describe('uuidV5', () => {
  it('gives the RFC example: "www.example.com" in the DNS namespace', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is deterministic, distinct per name, and a valid version-5 UUID', () => {
    const ns = '3f0e9a52-6c1d-4b7e-9a8f-2d4c6b8e0a11';
    const ids = Array.from({ length: 200 }, (_, i) => uuidV5(ns, `statement/${i}`));
    expect(new Set(ids).size).toBe(200);
    expect(ids.every(isUuid)).toBe(true);
    expect(ids.every((id) => id[14] === '5' && '89ab'.includes(id[19] as string))).toBe(true);
    expect(uuidV5(ns.toUpperCase(), 'statement/3')).toBe(ids[3]);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('session-1', 'x')).toThrow(RangeError);
  });
});
