import { useState } from 'react';
import { useStore } from 'zustand';
import { useLocale } from '../i18n/locale';
import { useText } from '../i18n/use-text';
import { deliveryStore } from './delivery-store';
import { lrsStore } from './lrs-store';
import { LRS_TEXT } from './lrs-texts';
import './lrs.css';

/**
 * One line when learning records cannot go where they should: a cmi5 launch that failed, or
 * statements waiting for (or refused by) the LRS. Renders nothing otherwise, so a trainee
 * without an LMS or LRS never sees it.
 */
export function LrsNotice() {
  const locale = useLocale();
  const t = useText(LRS_TEXT);
  const launchProblem = useStore(lrsStore, (s) => s.launchProblem);
  const pending = useStore(deliveryStore, (s) => s.pending);
  const rejected = useStore(deliveryStore, (s) => s.rejected);
  const failing = useStore(deliveryStore, (s) => s.failing);
  // Refused statements stay stored; the trainee may hide the line about them for this page.
  const [hiddenRejected, setHiddenRejected] = useState(0);
  let line: string | null = null;
  if (launchProblem) line = launchProblem[locale];
  else if (pending > 0 && failing !== null) {
    line = t('pending', { n: pending, status: failing === 0 ? t('noAnswer') : `HTTP ${failing}` });
  } else if (rejected > hiddenRejected) line = t('rejected', { n: rejected });
  if (!line) return null;
  return (
    <div className="lrs-notice" role="status" data-testid="lrs-notice">
      <p>{line}</p>
      {!launchProblem && pending > 0 && (
        <button type="button" onClick={() => void import('./lrs-boot').then((m) => m.theDelivery().pump())}>
          {t('retry')}
        </button>
      )}
      {!launchProblem && !(pending > 0 && failing !== null) && (
        <button type="button" onClick={() => setHiddenRejected(rejected)}>
          {t('hide')}
        </button>
      )}
    </div>
  );
}
