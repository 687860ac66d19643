import type { z } from 'zod';
import { formatPath, type PathSegment } from '../scenario/problem';
import type { Localized } from '../scenario/schema';
import { describeFound, EXPECTED_NAMES, SCHEMA_TEXT } from './messages';

/** A schema finding before it is located in the file. */
export interface SchemaFinding {
  path: PathSegment[];
  message: Localized;
}

const segments = (path: readonly PropertyKey[]): PathSegment[] =>
  path.map((p) => (typeof p === 'number' ? p : String(p)));

function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Localized).de === 'string' &&
    typeof (value as Localized).en === 'string'
  );
}

function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): Localized {
  const big = issue.code === 'too_big';
  const bound = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  if (issue.origin === 'string') return big ? SCHEMA_TEXT.textTooLong(bound) : SCHEMA_TEXT.textTooShort(bound);
  if (issue.origin === 'array' || issue.origin === 'set')
    return big ? SCHEMA_TEXT.listTooLong(bound) : SCHEMA_TEXT.listTooShort(bound);
  return big ? SCHEMA_TEXT.numberTooBig(bound) : SCHEMA_TEXT.numberTooSmall(bound);
}

/** One zod issue in words a trainer understands, German and English; unknown keys become one finding each. */
export function schemaFindings(issue: z.core.$ZodIssue): SchemaFinding[] {
  const path = segments(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NAMES[issue.expected] ?? { de: issue.expected, en: issue.expected };
      if (issue.input === undefined) return [{ path, message: SCHEMA_TEXT.missing(expected) }];
      return [{ path, message: SCHEMA_TEXT.wrongType(expected, describeFound(issue.input)) }];
    }
    case 'too_big':
    case 'too_small':
      return [{ path, message: sizeMessage(issue) }];
    case 'invalid_value':
      return [{ path, message: SCHEMA_TEXT.notAllowed(String(issue.input), issue.values.map(String)) }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: SCHEMA_TEXT.unknownField }));
    case 'invalid_format':
      return [{ path, message: SCHEMA_TEXT.format[issue.format] ?? SCHEMA_TEXT.format.regex ?? SCHEMA_TEXT.invalid }];
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options)) return [{ path, message: SCHEMA_TEXT.unknownIntent(options.map(String)) }];
      return [{ path, message: SCHEMA_TEXT.invalid }];
    }
    case 'custom': {
      const params = issue.params as Record<string, unknown> | undefined;
      return [{ path, message: isLocalized(params) ? { de: params.de, en: params.en } : SCHEMA_TEXT.invalid }];
    }
    default:
      return [{ path, message: SCHEMA_TEXT.invalid }];
  }
}

export const fieldName = (path: readonly PathSegment[]): string => formatPath(path);
