/** A finding about a scenario file, located so a trainer can jump to it in an editor. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** The field, e.g. `nodes.opening.responses[1].tone`; empty for the whole file. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** `['nodes', 'opening', 'responses', 1, 'tone']` → `nodes.opening.responses[1].tone`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** `file:line:column: error: field: message` — the shape editors and CI logs link to. */
export function formatProblem(p: Problem): string {
  const where = p.path ? `${p.path}: ` : '';
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${where}${p.message}`;
}
