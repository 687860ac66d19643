import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { friendlyMessage, suggest } from './friendly-issue.ts';
import { lintGiveaways } from './lint-giveaway.ts';
import { lintGraph } from './lint-graph.ts';
import { lintProtocol } from './lint-protocol.ts';
import { lintTexts } from './lint-texts.ts';
import { locate } from './locate.ts';
import { formatPath, type PathSegment, type Problem } from './problem.ts';
import { type Scenario, scenarioSchema } from './schema.ts';

/** Scenario files are hand-written text; anything larger is a mistake or an attack. */
export const MAX_SCENARIO_BYTES = 512 * 1024;
const MAX_ALIASES = 100;

export type LoadResult = { ok: true; scenario: Scenario; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Reads a scenario from YAML text: guards against hostile input, parses with positions,
 * validates with the schema, then lints the graph and the texts. Never throws; every problem
 * names the file, line, column and field.
 */
export interface LoadOptions {
  /** Run the giveaway lint (answers that reveal the best one) at this severity; off by default (the app's loader). */
  giveaway?: 'warning' | 'error';
}

export function loadScenario(source: string, file: string, options: LoadOptions = {}): LoadResult {
  const early = guardSource(source, file);
  if (early) return { ok: false, problems: [early] };

  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    return { ok: false, problems: [at(file, 1, 1, '', `the file could not be read as YAML (${(err as Error).message})`)] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.slice(0, 3).map((e) => {
        const pos = counter.linePos(e.pos[0]);
        return at(file, pos.line, pos.col, '', yamlMessage(e.code, e.message));
      }),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    return {
      ok: false,
      problems: [
        at(
          file,
          1,
          1,
          '',
          /alias/i.test(message)
            ? `the file uses YAML aliases (*name) too often (more than ${MAX_ALIASES} expansions); write the content out instead`
            : `the file could not be read: ${message}`,
        ),
      ],
    };
  }
  if (data === null || data === undefined)
    return { ok: false, problems: [at(file, 1, 1, '', 'the file is empty; a scenario starts with "format: counterpart-scenario/1"')] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [at(file, 1, 1, '', 'a scenario file must be a set of fields (format, id, title, …), not a single value or a list')],
    };
  }

  const parsed = scenarioSchema.safeParse(data, { error: friendlyMessage });
  if (!parsed.success) {
    return { ok: false, problems: dedupe(parsed.error.issues.flatMap((issue) => issueProblems(issue, doc, counter, file))) };
  }

  const scenario = parsed.data;
  const findings = [
    ...lintGraph(scenario),
    ...lintTexts(scenario),
    ...lintProtocol(scenario),
    ...(options.giveaway ? lintGiveaways(scenario, options.giveaway) : []),
  ];
  const fileId = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
  if (/^[a-z0-9][a-z0-9_-]*$/.test(fileId) && fileId !== scenario.id) {
    findings.push({ severity: 'error', path: ['id'], message: `the id "${scenario.id}" must match the file name "${fileId}"` });
  }
  const problems = findings.map((f) => {
    const pos = locate(doc, counter, f.path);
    return { severity: f.severity, file, line: pos.line, column: pos.column, path: formatPath(f.path), message: f.message };
  });
  const failed = problems.some((p) => p.severity === 'error');
  return failed ? { ok: false, problems } : { ok: true, scenario, problems };
}

function at(file: string, line: number, column: number, path: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { severity, file, line, column, path, message };
}

/** Cheap checks before the parser sees the text: size, binary content, emptiness. */
function guardSource(source: string, file: string): Problem | undefined {
  if (source.length > MAX_SCENARIO_BYTES) {
    return at(file, 1, 1, '', `the file is too large (${Math.round(source.length / 1024)} KB; at most ${MAX_SCENARIO_BYTES / 1024} KB)`);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting binary files is the point
  const control = source.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (control > 0 && (source.includes('\u0000') || control > source.length / 100)) {
    return at(file, 1, 1, '', 'this is not a text file (it contains binary data); scenarios are YAML text in UTF-8');
  }
  if (source.trim() === '') return at(file, 1, 1, '', 'the file is empty; a scenario starts with "format: counterpart-scenario/1"');
  return undefined;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return 'this field appears twice in the same place';
  if (code === 'RESOURCE_EXHAUSTION') return 'the file is nested too deeply or is too complex to read';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || code === 'BLOCK_AS_IMPLICIT_KEY')
    return `YAML layout error: ${first} (check indentation and colons)`;
  return `YAML error: ${first}`;
}

function issueProblems(issue: z.core.$ZodIssue, doc: Document, counter: LineCounter, file: string): Problem[] {
  const path = issue.path as PathSegment[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      const pos = locate(doc, counter, keyPath, true);
      const known = knownKeys(doc, path);
      return at(file, pos.line, pos.column, formatPath(keyPath), `unknown field "${key}"${suggest(key, known)}`);
    });
  }
  if (issue.code === 'invalid_union') {
    // Report the branch that got furthest: a string `next` vs a list, one wording vs a list.
    const branches = issue.errors.filter((b) => b.length > 0);
    const best = branches.sort((a, b) => depth(b) - depth(a))[0];
    if (best && depth(best) > 0)
      return best.flatMap((inner) => issueProblems({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, doc, counter, file));
  }
  const pos = locate(doc, counter, path);
  return [at(file, pos.line, pos.column, formatPath(path), issue.message)];
}

function depth(issues: z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
}

/** The fields the schema does know at this place – read off the schema's shape for hints. */
function knownKeys(_doc: Document, path: readonly PathSegment[]): string[] {
  const last = path[path.length - 2];
  const shapes: Record<string, string[]> = {
    root: Object.keys(scenarioSchema.shape),
    customer: ['type', 'name', 'description', 'avatar', 'voice', 'mood'],
    node: ['say', 'variants', 'interrupt', 'responses', 'timeLimit', 'onTimeout', 'warrants', 'next', 'ending'],
    response: ['id', 'text', 'tone', 'techniques', 'effects', 'next', 'feedback', 'moment'],
    line: ['text', 'emotion', 'gesture'],
  };
  if (path.length === 0) return shapes.root ?? [];
  if (path.length === 1 && path[0] === 'customer') return shapes.customer ?? [];
  if (path.length === 2 && path[0] === 'nodes') return shapes.node ?? [];
  if (last === 'responses') return shapes.response ?? [];
  if (last === 'say') return shapes.line ?? [];
  return [...(shapes.node ?? []), ...(shapes.response ?? []), ...(shapes.line ?? []), 'anger', 'trust', 'patience', 'de', 'en'];
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
