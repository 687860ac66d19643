/** A message in both languages of the product. */
export interface Message {
  de: string;
  en: string;
}

export type ProblemLanguage = keyof Message;

/**
 * The language for command-line messages: `--lang en` / `--lang=en` wins, then LC_ALL, then LANG
 * (an empty or C/POSIX locale says nothing); German otherwise, the product's first language.
 */
export function problemLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ProblemLanguage {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  const fromEnv = [env.LC_ALL, env.LANG].find((v) => v && !/^(C|POSIX)(\.|$)/.test(v));
  const wanted = given ?? fromEnv ?? '';
  return /^en(\b|[_-])/i.test(wanted) ? 'en' : 'de';
}

/** A finding about a scenario file, located so a trainer can jump to it in an editor. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** The field, e.g. `nodes.opening.responses[1].tone`; empty for the whole file. */
  path: string;
  /** The English message (kept for existing callers; the same text as `messages.en`). */
  message: string;
  /** The message in German and English. */
  messages: Message;
  /** A suggested replacement for the whole source line `line` (e.g. the text put in quotes). */
  fix?: string;
}

export type PathSegment = string | number;

/** A problem at a place in a file, its English message kept in `message` for older callers. */
export function problemAt(
  file: string,
  line: number,
  column: number,
  path: string,
  messages: Message,
  severity: Problem['severity'] = 'error',
): Problem {
  return { severity, file, line, column, path, message: messages.en, messages };
}

/** `['nodes', 'opening', 'responses', 1, 'tone']` → `nodes.opening.responses[1].tone`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

const SEVERITY: Record<ProblemLanguage, Record<Problem['severity'], string>> = {
  de: { error: 'Fehler', warning: 'Warnung' },
  en: { error: 'error', warning: 'warning' },
};
const FIX_LABEL: Record<ProblemLanguage, string> = { de: 'so geht es', en: 'fix' };

/**
 * `file:line:column: error: field: message` — the shape editors and CI logs link to; a suggested
 * fix follows on its own indented line.
 */
export function formatProblemIn(p: Problem, lang: ProblemLanguage): string {
  const where = p.path ? `${p.path}: ` : '';
  const head = `${p.file}:${p.line}:${p.column}: ${SEVERITY[lang][p.severity]}: ${where}${p.messages?.[lang] ?? p.message}`;
  return p.fix === undefined ? head : `${head}\n    ${FIX_LABEL[lang]}: ${p.fix.trim()}`;
}

/** The English form (also usable directly as an `Array.map` callback). */
export function formatProblem(p: Problem): string {
  return formatProblemIn(p, 'en');
}
