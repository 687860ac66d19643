import { SESSION_TEXT } from '../i18n/session-texts';
import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { sessionStore, useSession } from '../state/session';

/** The largest VRM file accepted; VRoid exports are typically 10–30 MB. */
const MAX_BYTES = 64 * 1024 * 1024;

/** Lets the trainee pick any VRM 0.x/1.0 file to stand in for the scenario's customer. */
export function AvatarPicker() {
  const uiText = useText(UI);
  const sessionText = useText(SESSION_TEXT);
  const custom = useSession((s) => s.customAvatar);
  const replace = (next: { name: string; url: string } | null) => {
    const previous = sessionStore.getState().customAvatar;
    if (previous) URL.revokeObjectURL(previous.url);
    sessionStore.getState().setCustomAvatar(next);
  };
  return (
    <div className="avatar-picker">
      <span className="avatar-picker-label">{uiText('customAvatar')}</span>
      {/* The native input's "Choose File" speaks the browser's language; this label speaks the app's. */}
      <label className="file-button">
        <span>{sessionText('chooseFile')}</span>
        <input
          type="file"
          accept=".vrm,model/gltf-binary"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file || file.size > MAX_BYTES) return;
            replace({ name: file.name, url: URL.createObjectURL(file) });
          }}
        />
      </label>
      <small className="file-chosen" data-file-chosen={custom ? 'yes' : 'no'}>
        {custom ? custom.name : sessionText('noFileChosen')}
      </small>
      {!custom && <small>{uiText('customAvatarHint')}</small>}
      {custom && (
        <button type="button" className="quiet" onClick={() => replace(null)}>
          {uiText('customAvatarClear')}
        </button>
      )}
    </div>
  );
}
