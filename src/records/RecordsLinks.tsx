import { hrefOf } from '../nav/route';
import { useSession } from '../state/session';
import { RECORDS_TEXT } from '../recording/records-texts';

export interface RecordsLinksProps {
  /** Which pages to link, in this order. */
  pages?: readonly ('history' | 'data')[];
}

const LABEL = { history: RECORDS_TEXT.history, data: RECORDS_TEXT.myData } as const;

/** Links to the trainee's history and data pages (start menu, debrief). */
export function RecordsLinks({ pages = ['history', 'data'] }: RecordsLinksProps) {
  const locale = useSession((s) => s.settings.locale);
  return (
    <nav className="records-links" aria-label={`${LABEL.history[locale]} · ${LABEL.data[locale]}`}>
      {pages.map((page) => (
        <a key={page} href={hrefOf({ page })}>
          {LABEL[page][locale]}
        </a>
      ))}
    </nav>
  );
}
