import './debrief-lines.css';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { useText } from '../../i18n/use-text';
import type { Locale } from '../../core/scenario/vocabulary';
import { type FeedbackReport, uncappedOverall } from '../../core/scoring/report';
import { CRITICAL_CAP } from '../../core/scoring/weights';

/**
 * Why the overall score is lower than the three scores suggest: the concern stayed unsolved, so
 * overall is capped at CRITICAL_CAP; the mean it would have had is named beside it.
 */
export function CappedNote({ report, locale }: { report: FeedbackReport; locale: Locale }) {
  const text = useText(DEBRIEF_TEXTS);
  if (!report.overall.capped) return null;
  return (
    <div className="capped-note" data-item="capped">
      <p>
        <span className="capped-badge">{text('capped', { cap: CRITICAL_CAP })}</span> {report.overall.capped[locale]}
      </p>
      <p className="capped-mean">{text('uncapped', { mean: uncappedOverall(report) })}</p>
    </div>
  );
}
