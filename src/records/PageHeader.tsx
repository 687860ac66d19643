import { useText } from '../i18n/use-text';
import { hrefOf } from '../nav/route';
import { RECORDS_TEXT } from '../recording/records-texts';

export interface PageHeaderProps {
  title: string;
  intro: string;
}

/** Title, one line of explanation and the way back to the app, for the data and history pages. */
export function PageHeader({ title, intro }: PageHeaderProps) {
  const recordsText = useText(RECORDS_TEXT);
  return (
    <header className="records-header">
      <a className="records-back" href={hrefOf({ page: 'app' })}>
        ← {recordsText('back')}
      </a>
      <h1>{title}</h1>
      <p>{intro}</p>
    </header>
  );
}
