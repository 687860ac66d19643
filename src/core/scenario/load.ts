import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ProfileNames } from '../profile/values.ts';
import { localizeIssue } from './friendly-issue.ts';
import { lintCustomer } from './lint-customer.ts';
import { lintGiveaways } from './lint-giveaway.ts';
import { lintGraph } from './lint-graph.ts';
import { lintProtocol } from './lint-protocol.ts';
import { lintTexts } from './lint-texts.ts';
import { locate } from './locate.ts';
import { problemAt as at, formatPath, type Message, type PathSegment, type Problem } from './problem.ts';
import { quoteFix } from './quote-fix.ts';
import { type Scenario, scenarioSchema } from './schema.ts';
import { SCHEMA_MESSAGES_DE } from './schema-german.ts';
import { unknownFieldProblems } from './unknown-fields.ts';

/** Scenario files are hand-written text; anything larger is a mistake or an attack. */
export const MAX_SCENARIO_BYTES = 512 * 1024;
const MAX_ALIASES = 100;
/** Enough to list every mistake of a real file; a hostile one does not flood the list. */
const MAX_YAML_PROBLEMS = 200;

export type LoadResult = { ok: true; scenario: Scenario; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Reads a scenario from YAML text: guards against hostile input, parses with positions,
 * validates with the schema, then lints the graph and the texts. Never throws; every problem
 * names the file, line, column and field, in German and English (`messages`), and where the
 * repair is mechanical (a text that needs quotes) it carries the corrected line (`fix`).
 */
export interface LoadOptions {
  /** Run the giveaway lint (answers that reveal the best one) at this severity; off by default (the app's loader). */
  giveaway?: 'warning' | 'error';
  /**
   * The company profile the scenario will run with (src/core/profile): its names count as set, and a
   * `{product.…}`, `{price.…}` or `{policy.…}` it lacks is reported. Without one, such names are
   * taken on trust (the checker and the trainer's page always pass one).
   */
  profile?: ProfileNames;
}

const both = (de: string, en: string): Message => ({ de, en });
const START_HINT = both(
  'die Datei ist leer; ein Szenario beginnt mit "format: counterpart-scenario/1"',
  'the file is empty; a scenario starts with "format: counterpart-scenario/1"',
);

export function loadScenario(source: string, file: string, options: LoadOptions = {}): LoadResult {
  const early = guardSource(source, file);
  if (early) return { ok: false, problems: [early] };
  const lines = source.split(/\r?\n/);

  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    const detail = (err as Error).message;
    return {
      ok: false,
      problems: [
        at(
          file,
          1,
          1,
          '',
          both(
            `die Datei lässt sich nicht als YAML lesen (${detail})`,
            `the file could not be read as YAML (${detail})`,
          ),
        ),
      ],
    };
  }
  if (doc.errors.length > 0) {
    const problems = doc.errors.slice(0, MAX_YAML_PROBLEMS).map((e) => {
      const pos = counter.linePos(e.pos[0]);
      return at(file, pos.line, pos.col, '', yamlMessage(e.code, lines, pos.line));
    });
    return { ok: false, problems: withQuoteFixes(dedupe(problems, true), lines) };
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
            ? both(
                `die Datei verwendet YAML-Verweise (*name) zu oft (mehr als ${MAX_ALIASES}); schreiben Sie den Inhalt aus`,
                `the file uses YAML aliases (*name) too often (more than ${MAX_ALIASES} expansions); write the content out instead`,
              )
            : both(`die Datei lässt sich nicht lesen: ${message}`, `the file could not be read: ${message}`),
        ),
      ],
    };
  }
  if (data === null || data === undefined) return { ok: false, problems: [at(file, 1, 1, '', START_HINT)] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        at(
          file,
          1,
          1,
          '',
          both(
            'eine Szenariodatei besteht aus Feldern (format, id, title, …), nicht aus einem einzelnen Wert oder einer Liste',
            'a scenario file must be a set of fields (format, id, title, …), not a single value or a list',
          ),
        ),
      ],
    };
  }

  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) =>
      issueProblems(issue as z.core.$ZodIssue, doc, counter, file),
    );
    return { ok: false, problems: withQuoteFixes(dedupe(problems, false), lines) };
  }

  const scenario = parsed.data;
  const findings = [
    ...lintGraph(scenario),
    ...lintTexts(scenario, options.profile),
    ...lintProtocol(scenario),
    ...lintCustomer(scenario),
    ...(options.giveaway ? lintGiveaways(scenario, options.giveaway) : []),
  ];
  const fileId = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
  if (/^[a-z0-9][a-z0-9_-]*$/.test(fileId) && fileId !== scenario.id) {
    findings.push({
      severity: 'error',
      path: ['id'],
      message: both(
        `die id „${scenario.id}“ muss dem Dateinamen „${fileId}“ entsprechen`,
        `the id "${scenario.id}" must match the file name "${fileId}"`,
      ),
    });
  }
  const problems = findings.map((f) => {
    const pos = locate(doc, counter, f.path);
    return at(file, pos.line, pos.column, formatPath(f.path), f.message, f.severity);
  });
  const failed = problems.some((p) => p.severity === 'error');
  return failed ? { ok: false, problems } : { ok: true, scenario, problems };
}

/** Cheap checks before the parser sees the text: size, binary content, emptiness. */
function guardSource(source: string, file: string): Problem | undefined {
  if (source.length > MAX_SCENARIO_BYTES) {
    const kb = Math.round(source.length / 1024);
    const max = MAX_SCENARIO_BYTES / 1024;
    return at(
      file,
      1,
      1,
      '',
      both(
        `die Datei ist zu groß (${kb} KB; höchstens ${max} KB)`,
        `the file is too large (${kb} KB; at most ${max} KB)`,
      ),
    );
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting binary files is the point
  const control = source.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (control > 0 && (source.includes('\u0000') || control > source.length / 100)) {
    return at(
      file,
      1,
      1,
      '',
      both(
        'das ist keine Textdatei (sie enthält Binärdaten); Szenarien sind YAML-Text in UTF-8',
        'this is not a text file (it contains binary data); scenarios are YAML text in UTF-8',
      ),
    );
  }
  if (source.trim() === '') return at(file, 1, 1, '', START_HINT);
  return undefined;
}

/** The field name written on a source line (`  foo:` or `- foo:`), for naming a duplicate. */
function keyOnLine(text: string | undefined): string | undefined {
  return text === undefined ? undefined : /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(text)?.[1];
}

/** Whether the key on `line` (1-based) sits directly under `nodes:` — then it is a node id. */
function isNodeId(lines: readonly string[], line: number): boolean {
  const indent = (s: string) => s.length - s.trimStart().length;
  const own = indent(lines[line - 1] ?? '');
  for (let i = line - 2; i >= 0; i--) {
    const text = lines[i] ?? '';
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    if (indent(text) < own) return /^\s*nodes\s*:\s*$/.test(text);
  }
  return false;
}

/**
 * A plain sentence for each YAML parse error. The parser's own text speaks of "mappings",
 * "implicit keys" and "scalars", which means nothing to a trainer, so it is not shown.
 */
function yamlMessage(code: string, lines: readonly string[], line: number): Message {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = keyOnLine(lines[line - 1]) ?? '?';
      return isNodeId(lines, line)
        ? both(
            `die Knoten-id „${key}“ kommt zweimal vor; jeder Knoten braucht eine eigene id – benennen Sie einen der beiden um`,
            `the node id "${key}" is used twice; every node needs its own id – rename one of them`,
          )
        : both(
            `das Feld „${key}“ steht hier zweimal; löschen Sie eines oder führen Sie beide zusammen`,
            `the field "${key}" appears twice here; remove one or merge them`,
          );
    }
    case 'RESOURCE_EXHAUSTION':
      return both(
        'die Datei ist zu tief verschachtelt oder zu umfangreich zum Lesen',
        'the file is nested too deeply or is too complex to read',
      );
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_IN_FLOW':
      return both(
        'ein Doppelpunkt mit Leerzeichen („: “) mitten im Text liest sich wie ein neues Feld',
        'a colon followed by a space (": ") inside the text reads like a new field',
      );
    case 'TAB_AS_INDENT':
      return both(
        'hier wird mit Tabulatoren eingerückt; bitte nur Leerzeichen verwenden',
        'this line is indented with tabs; use spaces only',
      );
    case 'MISSING_CLOSING_QUOTE':
    case 'BAD_DQ_ESCAPE':
      return both(
        'ein Anführungszeichen ist nicht geschlossen, oder ein \\ steht an der falschen Stelle',
        'a quote is not closed, or a \\ is in the wrong place',
      );
    case 'BAD_SCALAR_START':
      return both(
        'dieser Text beginnt mit einem Zeichen, das YAML besonders liest (z. B. - ? : , [ { # & * ! | > % @)',
        'this text starts with a character YAML reads specially (e.g. - ? : , [ { # & * ! | > % @)',
      );
    case 'MULTIPLE_DOCS':
      return both(
        'die Datei enthält ein zweites „---“; eine Datei enthält genau ein Szenario',
        'the file contains a second "---"; a file holds exactly one scenario',
      );
    case 'KEY_OVER_1024_CHARS':
      return both(
        'ein Feldname ist über 1024 Zeichen lang – fehlt ein Doppelpunkt nach dem Feldnamen?',
        'a field name is over 1024 characters long – is a colon after the field name missing?',
      );
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return both(
        'ein Verweis (*name) zeigt auf nichts; schreiben Sie den Inhalt aus',
        'a reference (*name) points at nothing; write the content out',
      );
    default:
      return both(
        'die Einrückung, ein Doppelpunkt oder ein Anführungszeichen stimmt hier nicht: Felder derselben Ebene stehen genau untereinander, nach dem Feldnamen folgt „: “',
        'the indentation, a colon or a quote is wrong here: fields of the same level line up exactly, the field name is followed by ": "',
      );
  }
}

const QUOTE_HINT = both(
  'setzen Sie diesen Text in Anführungszeichen ("…"), dann gehören Doppelpunkt, Komma und „…“ einfach zum Text',
  'put this text in quotes ("…"); then colons, commas and „…“ are simply part of the text',
);

/** Adds "put this text in quotes" and the corrected line to errors on a line whose text needs quotes. */
function withQuoteFixes(problems: Problem[], lines: readonly string[]): Problem[] {
  return problems.map((p) => {
    if (p.severity !== 'error') return p;
    const fix = quoteFix(lines[p.line - 1] ?? '');
    if (fix === undefined) return p;
    const messages = both(`${p.messages.de} – ${QUOTE_HINT.de}`, `${p.messages.en} – ${QUOTE_HINT.en}`);
    return { ...p, message: messages.en, messages, fix };
  });
}

function issueProblems(issue: z.core.$ZodIssue, doc: Document, counter: LineCounter, file: string): Problem[] {
  const path = issue.path as PathSegment[];
  if (issue.code === 'unrecognized_keys')
    return unknownFieldProblems(issue.keys, path, knownKeys(path), doc, counter, file);
  if (issue.code === 'invalid_union') {
    // `next:` with nothing after it is as good as missing: say what belongs there.
    const present = doc.hasIn(path) && doc.getIn(path) !== null;
    const last = path[path.length - 1];
    if (!present) {
      const pos = locate(doc, counter, path);
      const missing = localizeIssue(
        { code: 'invalid_type', expected: 'string', path, message: '' } as z.core.$ZodIssue,
        false,
        SCHEMA_MESSAGES_DE,
      );
      return [at(file, pos.line, pos.column, formatPath(path), missing)];
    }
    // Report the branch that got furthest: a string `next` vs a list, one wording vs a list.
    const branches = issue.errors.filter((b) => b.length > 0);
    const best = branches.sort((a, b) => depth(b) - depth(a))[0];
    if (best && depth(best) > 0)
      return best.flatMap((inner) =>
        issueProblems({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, doc, counter, file),
      );
    const pos = locate(doc, counter, path);
    const value = doc.getIn(path);
    const shown = typeof value === 'string' ? value : '';
    return [
      at(
        file,
        pos.line,
        pos.column,
        formatPath(path),
        last === 'next'
          ? both(
              `„${shown}“ ist kein gültiges Ziel: schreiben Sie die id eines Knotens (Kleinbuchstaben, Ziffern, - und _) oder eine Liste von - if: … / to: …`,
              `"${shown}" is not a valid target: write a node id (lower-case letters, digits, - and _) or a list of - if: … / to: …`,
            )
          : both(
              'hier gehört ein Text als { de: …, en: … } hin, oder eine Liste solcher Texte',
              'this needs a text as { de: …, en: … }, or a list of such texts',
            ),
      ),
    ];
  }
  const pos = locate(doc, counter, path);
  return [at(file, pos.line, pos.column, formatPath(path), localizeIssue(issue, doc.hasIn(path), SCHEMA_MESSAGES_DE))];
}

function depth(issues: z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
}

/** The fields the schema does know at this place – read off the schema's shape for hints. */
function knownKeys(path: readonly PathSegment[]): string[] {
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
  return [
    ...(shapes.node ?? []),
    ...(shapes.response ?? []),
    ...(shapes.line ?? []),
    'anger',
    'trust',
    'patience',
    'de',
    'en',
  ];
}

/** Drops repeats; for YAML errors also a second error on the same line (one mistake, one message). */
function dedupe(problems: Problem[], perLine: boolean): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = perLine ? `${p.line}` : `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
