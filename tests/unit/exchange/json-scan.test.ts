import { describe, expect, it } from 'vitest';
import { findSyntaxError, lineColumnAt, locatePath } from '../../../src/core/exchange/json-scan';

describe('findSyntaxError', () => {
  it.each([
    ['{}', null],
    ['  [1, -2.5e3, "a\\"b\\u00e4", true, false, null, {"k": {}}]  ', null],
    ['{"a": 1,}', { kind: 'unexpected', offset: 8 }],
    ['{"a" 1}', { kind: 'unexpected', offset: 5 }],
    ['{"a": tru', { kind: 'truncated', offset: 9 }],
    ['{"a": "abc', { kind: 'truncated', offset: 10 }],
    ['[1, 2', { kind: 'truncated', offset: 5 }],
    ['{"a": 1.}', { kind: 'unexpected', offset: 8 }],
    ['{"a": "\\x"}', { kind: 'unexpected', offset: 8 }],
    ['{"a": "\\u12G4"}', { kind: 'unexpected', offset: 11 }],
    ['{"a": "tab\there"}', { kind: 'unexpected', offset: 10 }],
    ['{} {}', { kind: 'unexpected', offset: 3 }],
    ['', { kind: 'truncated', offset: 0 }],
  ])('%j → %j', (text, expected) => {
    expect(findSyntaxError(text)).toEqual(expected);
    // Agrees with JSON.parse on what is valid.
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    expect(parses).toBe(expected === null);
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    expect(findSyntaxError(`${'['.repeat(100_000)}`)?.kind).toBe('too_deep');
  });
});

describe('locatePath', () => {
  const text = '{\n  "a": 1,\n  "list": [\n    {"x": 1},\n    {"x": 2, "y": {"z": true}}\n  ],\n  "b\\"q": 3\n}';
  const lineOf = (path: (string | number)[]) => lineColumnAt(text, locatePath(text, path)).line;

  it('finds keys, array elements and escaped keys', () => {
    expect(lineOf(['a'])).toBe(2);
    expect(lineOf(['list', 1])).toBe(5);
    expect(lineOf(['list', 1, 'y', 'z'])).toBe(5);
    expect(lineOf(['b"q'])).toBe(7);
    expect(lineColumnAt(text, locatePath(text, ['list', 1, 'y', 'z']))).toEqual({ line: 5, column: 20 });
  });

  it('falls back to the deepest part of the path that exists', () => {
    expect(lineOf(['list', 0, 'missing'])).toBe(4);
    expect(lineOf(['nothing', 'here'])).toBe(1);
  });
});
