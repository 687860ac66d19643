import { useText } from '../i18n/use-text';
import { hrefOf } from '../nav/route';
import { RECORDS_TEXT } from '../recording/records-texts';

export interface RecordsLinksProps {
  /** Which pages to link, in this order. */
  pages?: readonly ('history' | 'data')[];
}

const LABEL = { history: 'history', data: 'myData' } as const;

/** Links to the trainee's history and data pages (start menu, debrief). */
export function RecordsLinks({ pages = ['history', 'data'] }: RecordsLinksProps) {
  const text = useText(RECORDS_TEXT);
  return (
    <nav className="records-links" aria-label={`${text(LABEL.history)} · ${text(LABEL.data)}`}>
      {pages.map((page) => (
        <a key={page} href={hrefOf({ page })}>
          {text(LABEL[page])}
        </a>
      ))}
    </nav>
  );
}
