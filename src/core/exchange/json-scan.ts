import type { PathSegment } from '../scenario/problem';

/**
 * A small JSON scanner for what JSON.parse does not tell: where a syntax error is (Node 20's
 * messages carry no position) and on which line a field sits (so a schema problem can name it).
 * It only walks the text; values are never built.
 */

export type SyntaxErrorKind = 'truncated' | 'unexpected' | 'too_deep';

export interface JsonSyntaxError {
  kind: SyntaxErrorKind;
  offset: number;
}

/** Deeper nesting than this is refused (a recording is 5 levels deep). */
export const MAX_JSON_DEPTH = 64;

class Stop {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly offset: number,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX = /^[0-9a-fA-F]$/;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  private fail(at = this.pos): never {
    throw new Stop(at >= this.text.length ? 'truncated' : 'unexpected', at);
  }

  ws(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      this.pos++;
    }
  }

  /** Skips a string starting at the current quote; returns its raw slice including quotes. */
  string(): string {
    const t = this.text;
    const start = this.pos;
    if (t[this.pos] !== '"') this.fail();
    this.pos++;
    for (;;) {
      if (this.pos >= t.length) this.fail();
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        this.pos++;
        return t.slice(start, this.pos);
      }
      if (c < 0x20) this.fail();
      if (c === 92) {
        const e = t[this.pos + 1];
        if (e === undefined) this.fail(t.length);
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            const h = t[this.pos + k];
            if (h === undefined) this.fail(t.length);
            if (!HEX.test(h)) this.fail(this.pos + k);
          }
          this.pos += 6;
        } else if ('"\\/bfnrt'.includes(e)) this.pos += 2;
        else this.fail(this.pos + 1);
      } else this.pos++;
    }
  }

  private literal(word: string): void {
    const t = this.text;
    for (let k = 0; k < word.length; k++) {
      if (this.pos + k >= t.length) this.fail(t.length);
      if (t[this.pos + k] !== word[k]) this.fail(this.pos + k);
    }
    this.pos += word.length;
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail();
    this.pos += m[0].length;
    // "1." or "1e" cut off at the end of the file.
    if (this.pos < this.text.length && /[.eE]/.test(this.text[this.pos] as string)) this.fail(this.pos + 1);
  }

  /**
   * Scans one value. When `target` is given, descends only along it and returns the offset of
   * the deepest value of the path that exists; everything else is skipped.
   */
  value(depth: number, target: readonly PathSegment[] | null, ti: number): number {
    this.ws();
    const start = this.pos;
    if (depth > MAX_JSON_DEPTH) throw new Stop('too_deep', start);
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth, target, ti, start);
    if (c === '[') return this.array(depth, target, ti, start);
    if (c === '"') this.string();
    else if (c === 't') this.literal('true');
    else if (c === 'f') this.literal('false');
    else if (c === 'n') this.literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else this.fail();
    return start;
  }

  private object(depth: number, target: readonly PathSegment[] | null, ti: number, start: number): number {
    this.pos++;
    this.ws();
    let found = start;
    if (this.text[this.pos] === '}') {
      this.pos++;
      return found;
    }
    for (;;) {
      this.ws();
      const keyAt = this.pos;
      const raw = this.string();
      this.ws();
      if (this.text[this.pos] !== ':') this.fail();
      this.pos++;
      const wanted =
        target !== null && ti < target.length && typeof target[ti] === 'string' && JSON.parse(raw) === target[ti];
      const inner = this.value(depth + 1, wanted ? target : null, ti + 1);
      if (wanted) {
        found = ti + 1 < target.length ? inner : keyAt;
        if (target !== null) return found;
      }
      this.ws();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        continue;
      }
      if (sep === '}') {
        this.pos++;
        return found;
      }
      this.fail();
    }
  }

  private array(depth: number, target: readonly PathSegment[] | null, ti: number, start: number): number {
    this.pos++;
    this.ws();
    let found = start;
    if (this.text[this.pos] === ']') {
      this.pos++;
      return found;
    }
    for (let index = 0; ; index++) {
      const wanted = target !== null && ti < target.length && target[ti] === index;
      const inner = this.value(depth + 1, wanted ? target : null, ti + 1);
      if (wanted) {
        found = inner;
        return found;
      }
      this.ws();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        continue;
      }
      if (sep === ']') {
        this.pos++;
        return found;
      }
      this.fail();
    }
  }
}

/** The first syntax error of a text, or null when it is valid JSON. */
export function findSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.value(0, null, 0);
    scanner.ws();
    if (scanner.pos < text.length) return { kind: 'unexpected', offset: scanner.pos };
    return null;
  } catch (error) {
    if (error instanceof Stop) return { kind: error.kind, offset: error.offset };
    throw error;
  }
}

/**
 * The offset where the field at `path` starts in a valid JSON text: its key for an object member,
 * its value for an array element; the deepest existing ancestor when the field is missing.
 */
export function locatePath(text: string, path: readonly PathSegment[]): number {
  if (path.length === 0) return new Scanner(text).value(0, [], 0);
  const scanner = new Scanner(text);
  try {
    return scanner.value(0, path, 0);
  } catch (error) {
    if (error instanceof Stop) return 0;
    throw error;
  }
}

/** 1-based line and column of an offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
