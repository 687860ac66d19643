import { useEffect, useState } from 'react';
import { UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { useSession } from '../state/session';

const CUE_TEXT = { good: 'cueGood', mixed: 'cueMixed', poor: 'cuePoor' } as const;

/** Practice mode's sparse cue after an answer: three words, gone after a moment. */
export function CueToast() {
  const uiText = useText(UI);
  const cue = useSession((s) => s.cue);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!cue) return;
    setVisible(true);
    const timer = window.setTimeout(() => setVisible(false), 2200);
    return () => window.clearTimeout(timer);
  }, [cue]);
  if (!cue || !visible) return null;
  return (
    <div className="cue" data-cue={cue.cue} role="status">
      {uiText(CUE_TEXT[cue.cue])}
    </div>
  );
}
