import type { Localized } from '../scenario/schema';

/** Why a replay file was refused, located where possible so the trainer can look it up. */
export interface ImportProblem {
  /** The file name as the user picked it. */
  file: string;
  /** 1-based line (and column) in the file, when the problem has a place. */
  line?: number;
  column?: number;
  /** The field, e.g. `notes[2].text`; empty for the file as a whole. */
  field: string;
  message: Localized;
}

/** `file:line: field: message` in one language, for logs and plain-text dialogs. */
export function formatImportProblem(problem: ImportProblem, locale: keyof Localized): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}: ${field}${problem.message[locale]}`;
}
