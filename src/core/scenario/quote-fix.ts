/**
 * Finds the commonest mistake in hand-written scenario YAML: a text with ": " (read as a new
 * field), " #" (read as a comment), or a comma inside `{ de: …, en: … }` (read as the next field,
 * which is how „…“ quotes after a comma become an "unknown field"). Returns the corrected line,
 * with the text put in double quotes, or undefined when the line has no such text.
 */

const FIELD_LINE = /^(\s*(?:-\s+)?)([A-Za-z_$][\w$]*):[ \t]+(.+?)\s*$/;
const FLOW_LOCALIZED = /^\{\s*(de|en):\s*(.*?),\s*(de|en):\s*(.*?)\s*\}$/;
/** Characters that cannot start a plain text in YAML. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

const quote = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** Properly quoted: no unescaped `"` inside double quotes, no lone `'` inside single quotes. */
const isQuoted = (value: string): boolean => /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')$/.test(value);
/** The text of a value whose own quotes are broken (`"Er sagt "gleich""`), else the value itself. */
const unwrap = (value: string): string =>
  /^".*"$/.test(value) && value.length >= 2 ? value.slice(1, -1).replace(/\\"/g, '"') : value;

function riskyPlain(value: string): boolean {
  return /:\s|:$| #/.test(value) || (INDICATOR_START.test(value) && !/^-?\d/.test(value));
}

function riskyInFlow(value: string): boolean {
  return riskyPlain(value) || /[,{}[\]„“”]/.test(value);
}

const requote = (value: string): string => (isQuoted(value) ? value : quote(unwrap(value)));

export function quoteFix(line: string): string | undefined {
  const m = FIELD_LINE.exec(line);
  if (!m) return undefined;
  const [, lead, key, value] = m as unknown as [string, string, string, string];
  if (isQuoted(value) || /^[|>]/.test(value)) return undefined;
  if (value.startsWith('{')) {
    const flow = FLOW_LOCALIZED.exec(value);
    if (!flow) return undefined;
    const [, k1, v1, k2, v2] = flow as unknown as [string, string, string, string, string];
    if (![v1, v2].some((v) => !isQuoted(v) && riskyInFlow(v))) return undefined;
    return `${lead}${key}: { ${k1}: ${requote(v1)}, ${k2}: ${requote(v2)} }`;
  }
  if (value.startsWith('[') || value.startsWith('&') || value.startsWith('*')) return undefined;
  if (!riskyPlain(value)) return undefined;
  return `${lead}${key}: ${requote(value)}`;
}
