import { hrefOf } from '../nav/route';
import type { Locale } from '../core/scenario/vocabulary';
import { RECORDS_TEXT } from '../recording/records-texts';
import { text } from '../i18n/define-texts';

export interface PageHeaderProps {
  title: string;
  intro: string;
  locale: Locale;
}

/** Title, one line of explanation and the way back to the app, for the data and history pages. */
export function PageHeader({ title, intro, locale }: PageHeaderProps) {
  return (
    <header className="records-header">
      <a className="records-back" href={hrefOf({ page: 'app' })}>
        ← {text(RECORDS_TEXT, 'back', locale)}
      </a>
      <h1>{title}</h1>
      <p>{intro}</p>
    </header>
  );
}
