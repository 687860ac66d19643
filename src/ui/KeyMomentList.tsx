import type { Locale } from '../core/scenario/vocabulary';
import type { KeyMoment } from '../core/scoring/key-moments';
import { DEBRIEF_TEXTS } from '../i18n/debrief-texts';
import { formatDuration } from '../i18n/format';
import { KEY_MOMENT_LABELS, UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';

export interface KeyMomentListProps {
  moments: KeyMoment[];
  locale: Locale;
}

/** The moments that mattered, with what was said, why, and the better alternative. */
export function KeyMomentList({ moments, locale }: KeyMomentListProps) {
  const momentText = useText(KEY_MOMENT_LABELS);
  const uiText = useText(UI);
  const debriefText = useText(DEBRIEF_TEXTS);
  if (moments.length === 0) return <p>{uiText('noMoments')}</p>;
  return (
    <ol className="moments">
      {moments.map((m) => (
        <li key={`${m.at}-${m.node}`} className="moment" data-kind={m.kind}>
          <p className="moment-head">
            <span className="moment-kind">{momentText(m.kind)}</span>
            {m.count > 1 && <span className="moment-count"> ({m.count}×)</span>}{' '}
            <span className="moment-time">{formatDuration(m.at)}</span>
          </p>
          {/* The same lesson at the same decision (e.g. three timeouts): explained once, every time named. */}
          {m.count > 1 && (
            <p className="moment-repeat">
              {debriefText('repeated', { n: m.count, times: m.times.map(formatDuration).join(', ') })}
            </p>
          )}
          {m.chosen && (
            <>
              <p className="moment-said">
                <strong>{uiText('youSaid')}:</strong> {m.chosen.text[locale]}
              </p>
              <p className="moment-why">{m.chosen.feedback[locale]}</p>
            </>
          )}
          {m.better && (
            <div className="moment-better">
              <p>
                <strong>{uiText('better')}:</strong> {m.better.text[locale]}
              </p>
              <p className="moment-why">{m.better.feedback[locale]}</p>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
