import type { Problem } from '../core/scenario/problem';
import { useText } from '../i18n/use-text';
import { AUTHORING_TEXT } from './authoring-texts';

export interface ProblemListProps {
  problems: readonly Problem[];
  /** When given, each problem is a button that moves the editor's cursor to it. */
  onJump?(problem: Problem): void;
}

/** The checker's problems with line, column, field and message. The message comes from the file's checker: shown as text. */
export function ProblemList({ problems, onJump }: ProblemListProps) {
  const t = useText(AUTHORING_TEXT);
  return (
    <ul className="import-problems authoring-problems">
      {problems.map((p, i) => {
        const where = t('lineColumn', { line: p.line, column: p.column });
        const body = (
          <>
            <strong className="problem-where">{where}</strong>
            <span className="problem-severity">{t(p.severity)}</span>
            {p.path && <code>{p.path}</code>}
            <span className="problem-message">{p.message}</span>
          </>
        );
        return (
          <li
            key={`${p.line}:${p.column}:${i}`}
            className="import-problem"
            data-severity={p.severity}
            data-line={p.line}
          >
            {onJump ? (
              <button type="button" className="problem-jump" onClick={() => onJump(p)}>
                {body}
              </button>
            ) : (
              body
            )}
          </li>
        );
      })}
    </ul>
  );
}
