import {
  READABLE_VERSIONS,
  RECORDING_FORMAT,
  RECORDING_VERSION,
  type Recording,
  recordingSchema,
} from '../recording/schema';
import { consistencyFindings } from './consistency';
import { walkParsed } from './forbidden-keys';
import { findSyntaxError, lineColumnAt, locatePath, MAX_JSON_DEPTH } from './json-scan';
import { IMPORT_TEXT } from './messages';
import type { ImportProblem } from './problem';
import { fieldName, type SchemaFinding, schemaFindings } from './schema-problems';

export const IMPORT_LIMITS = {
  /** Characters of file text; checked before parsing. A 30-minute session is well under 2 MB. */
  maxChars: 20 * 1024 * 1024,
  /** Problems listed at most; the rest are counted. */
  maxProblems: 20,
} as const;

export type ImportResult = { ok: true; recording: Recording } | { ok: false; problems: ImportProblem[] };

const fail = (problems: ImportProblem[]): ImportResult => ({ ok: false, problems });

/**
 * Reads a replay file. In order, each step only on what the one before accepted: size cap, empty,
 * JSON syntax (with line and column), forbidden keys, format, version, schema, consistency. The
 * result is a fresh object built by the schema, never the parsed value, and text stays text.
 * Nothing is stored here: a refused file cannot touch the sessions already kept.
 */
export function importRecording(text: string, fileName: string): ImportResult {
  const file = fileName;
  if (text.length > IMPORT_LIMITS.maxChars)
    return fail([{ file, field: '', message: IMPORT_TEXT.tooLarge(text.length, IMPORT_LIMITS.maxChars) }]);
  // A byte-order mark from a Windows editor is not content.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail([{ file, field: '', message: IMPORT_TEXT.empty }]);

  const syntax = syntaxProblem(body, file);
  if (syntax) return fail([syntax]);
  const data: unknown = JSON.parse(body);

  const located = (finding: SchemaFinding): ImportProblem => {
    const { line, column } = lineColumnAt(body, locatePath(body, finding.path));
    return { file, line, column, field: fieldName(finding.path), message: finding.message };
  };

  const walk = walkParsed(data, IMPORT_LIMITS.maxProblems);
  if (walk.forbidden.length > 0)
    return fail(walk.forbidden.map((f) => located({ path: f.path, message: IMPORT_TEXT.forbiddenKey(f.key) })));
  if (walk.tooDeep) {
    const { line } = lineColumnAt(body, locatePath(body, walk.tooDeep));
    return fail([{ file, line, field: fieldName(walk.tooDeep), message: IMPORT_TEXT.tooDeep(line, MAX_JSON_DEPTH) }]);
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail([{ file, line: 1, field: '', message: IMPORT_TEXT.notAnObject }]);
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== RECORDING_FORMAT)
    return fail([located({ path: ['format'], message: IMPORT_TEXT.wrongFormat(head.format, RECORDING_FORMAT) })]);
  const version = head.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > RECORDING_VERSION) {
    return fail([located({ path: ['version'], message: IMPORT_TEXT.newerVersion(version, RECORDING_VERSION) })]);
  }
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(version))
    return fail([located({ path: ['version'], message: IMPORT_TEXT.badVersion(version) })]);

  const parsed = recordingSchema.safeParse(data, { reportInput: true });
  const findings = parsed.success ? consistencyFindings(parsed.data) : parsed.error.issues.flatMap(schemaFindings);
  if (findings.length > 0) return fail(limited(findings, file).map((f) => ('path' in f ? located(f) : f)));
  return { ok: true, recording: parsed.data as Recording };
}

function syntaxProblem(body: string, file: string): ImportProblem | null {
  try {
    JSON.parse(body);
    return null;
  } catch {
    // JSON.parse says nothing about where; the scanner does.
  }
  const error = findSyntaxError(body) ?? { kind: 'unexpected' as const, offset: 0 };
  const { line, column } = lineColumnAt(body, error.offset);
  const first = body.trimStart()[0];
  if (error.kind === 'too_deep')
    return { file, line, column, field: '', message: IMPORT_TEXT.tooDeep(line, MAX_JSON_DEPTH) };
  if (first !== '{' && first !== '[') return { file, line, column, field: '', message: IMPORT_TEXT.notJson };
  if (error.kind === 'truncated')
    return { file, line, column, field: '', message: IMPORT_TEXT.truncated(line, column) };
  const found = body.slice(error.offset).match(/^./su)?.[0] ?? '';
  return { file, line, column, field: '', message: IMPORT_TEXT.syntax(line, column, found) };
}

/** At most maxProblems findings (each is located by a scan of the file), then a count of the rest. */
function limited(findings: SchemaFinding[], file: string): (SchemaFinding | ImportProblem)[] {
  if (findings.length <= IMPORT_LIMITS.maxProblems) return findings;
  const rest = findings.length - IMPORT_LIMITS.maxProblems;
  return [
    ...findings.slice(0, IMPORT_LIMITS.maxProblems),
    { file, field: '', message: IMPORT_TEXT.moreProblems(rest) },
  ];
}
