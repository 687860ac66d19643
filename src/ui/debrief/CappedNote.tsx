import './debrief-lines.css';
import type { Locale } from '../../core/scenario/vocabulary';
import { type FeedbackReport, uncappedOverall } from '../../core/scoring/report';
import { CRITICAL_CAP } from '../../core/scoring/weights';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { useText } from '../../i18n/use-text';

/**
 * Why the overall score is lower than the three scores suggest: the concern stayed unsolved, so
 * overall is at most CRITICAL_CAP. When the cap lowered the score, it says so and names the mean
 * it replaced; when the mean was lower anyway, only why the conversation counts as critical.
 */
export function CappedNote({ report, locale }: { report: FeedbackReport; locale: Locale }) {
  const text = useText(DEBRIEF_TEXTS);
  if (!report.overall.capped) return null;
  const mean = uncappedOverall(report);
  const lowered = mean > report.overall.score;
  return (
    <div className="capped-note" data-item="capped" data-lowered={lowered}>
      <p>
        {lowered && <span className="capped-badge">{text('capped', { cap: CRITICAL_CAP })}</span>}{' '}
        {report.overall.capped[locale]}
      </p>
      {lowered && <p className="capped-mean">{text('uncapped', { mean })}</p>}
    </div>
  );
}
