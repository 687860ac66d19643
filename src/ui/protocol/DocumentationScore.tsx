import type { Locale } from '../../core/scenario/vocabulary';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import { useText } from '../../i18n/use-text';
import { useRunProtocol } from '../../state/protocol-store';
import { ScoreBar } from '../ScoreBar';
import { SaveStatus } from './SaveStatus';

export interface DocumentationScoreProps {
  /** The run's id: the protocol shown is this run's only. */
  runId: string;
  locale: Locale;
}

/**
 * The fourth feedback item, „Dokumentation“: the protocol check's score, verdict and what was
 * missing or wrong, in the same shape as tone, structure and escalation. Before the protocol is
 * written it says so, so the item is never silently absent. The status line stays in place from
 * the start, so screen readers announce the result when it arrives.
 */
export function DocumentationScore({ runId, locale }: DocumentationScoreProps) {
  const protocolText = useText(PROTOCOL_UI);
  const { check, save, sessionId } = useRunProtocol(runId);
  return (
    <div data-item="documentation">
      {check ? (
        <ScoreBar
          label={protocolText('documentation')}
          score={check.score}
          verdict={check.verdict[locale]}
          reasons={check.reasons.map((r) => r[locale])}
        />
      ) : (
        <div className="score score-pending">
          <div className="score-head">
            <span className="score-label">{protocolText('documentation')}</span>
          </div>
          <p className="score-pending-note">{protocolText('pending')}</p>
        </div>
      )}
      <SaveStatus save={save} check={check} sessionId={sessionId} locale={locale} />
    </div>
  );
}
