import { useText } from '../i18n/use-text';
import { useTeam } from './team-store';
import { TEAM_TEXT } from './team-texts';

/** Whether a stored session is on the team server; nothing when the device is not paired. */
export function UploadBadge({ id }: { id: string }) {
  const text = useText(TEAM_TEXT);
  const status = useTeam((s) => (s.pairing ? s.uploads[id] : undefined));
  if (!status) return null;
  return (
    <span className={`upload-badge upload-${status}`} data-upload={status}>
      {text(status)}
    </span>
  );
}
