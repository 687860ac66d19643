import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { present } from '../core/dialogue/present';
import { scenarioText } from '../core/dialogue/text';
import { withVoice } from '../core/scoring/delivery';
import { OUTCOME_LABELS, UI } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import { RecordsLinks } from '../records/RecordsLinks';
import { sessionStore, useSession } from '../state/session';
import { voiceRecordOf, voiceStore } from '../voice/voice-store';
import { AbandonedNotice } from './AbandonedNotice';
import { BodyLanguageList } from './BodyLanguageList';
import { CappedNote } from './debrief/CappedNote';
import { CustomerTypeRecap } from './debrief/CustomerTypeRecap';
import { DifficultyBadge } from './debrief/DifficultyBadge';
import { TypeQuestion } from './debrief/TypeQuestion';
import { KeyMomentList } from './KeyMomentList';
import { MoodChart } from './MoodChart';
import { DocumentationScore } from './protocol/DocumentationScore';
import { ScoreBar } from './ScoreBar';
import { VoiceSection } from './VoiceSection';

/** The protocol form (and the schema library it validates with) loads with the debrief, not with the conversation. */
const ProtocolForm = lazy(() => import('./protocol/ProtocolForm').then((m) => ({ default: m.ProtocolForm })));

/** The debrief as an accessible region named "Auswertung" / "Feedback". */
export function Debrief() {
  const outcomeText = useText(OUTCOME_LABELS);
  const uiText = useText(UI);
  const plainReport = useSession((s) => s.report);
  const scenario = useSession((s) => s.scenario);
  const state = useSession((s) => s.run?.state);
  const log = useSession((s) => s.run?.log);
  const runId = useSession((s) => s.runId);
  const locale = useSession((s) => s.settings.locale);
  const mode = useSession((s) => s.settings.mode);
  const bodyLanguage = useSession((s) => s.bodyLanguage);
  const sensing = useSession((s) => s.sensing);
  const abandoned = useSession((s) => s.abandoned);
  const voiceEnabled = useStore(voiceStore, (s) => s.enabled);
  const voiceStatus = useStore(voiceStore, (s) => s.status);
  const baseline = useStore(voiceStore, (s) => s.baseline);
  const answers = useStore(voiceStore, (s) => s.answers);
  const voice = voiceRecordOf({ enabled: voiceEnabled, status: voiceStatus, baseline, answers });
  // Voice mode: „Tonfall“ (and so the overall score) combines wording and delivery (docs/scoring.md).
  const report = plainReport && withVoice(plainReport, voice);
  if (!report || !scenario || !state || !log) return null;
  const run = runId ?? log.seed;
  const ending = present(scenario, state).ending;
  const store = sessionStore.getState();
  return (
    <main>
      <section className="debrief" aria-label={uiText('feedback')}>
        <header>
          <h1>{uiText('feedback')}</h1>
          <p className="debrief-scenario">{scenarioText(scenario, scenario.title, locale)}</p>
          {abandoned && <AbandonedNotice />}
          {!abandoned && report.outcome && (
            <p className="outcome" data-outcome={report.outcome} data-rating={report.endingRating ?? undefined}>
              {outcomeText(report.outcome)}
            </p>
          )}
          <DifficultyBadge difficulty={report.difficulty} />
          {ending && <p className="ending-summary">{ending.summary}</p>}
        </header>
        {/* In assessment the menu hid the type: asked first, before the scores and moments hint at it. */}
        {mode === 'assessment' ? (
          <TypeQuestion scenario={scenario} log={log} item={report.typeRecognition} locale={locale} />
        ) : (
          <CustomerTypeRecap type={scenario.customer.type} locale={locale} />
        )}
        <section className="scores" aria-label={uiText('overall')}>
          <ScoreBar
            label={uiText('overall')}
            score={report.overall.score}
            verdict={report.overall.verdict[locale]}
            reasons={[]}
            emphasis
          />
          <CappedNote report={report} locale={locale} />
          <ScoreBar
            label={uiText('tone')}
            score={report.tone.score}
            verdict={report.tone.verdict[locale]}
            reasons={report.tone.reasons.map((r) => r[locale])}
          />
          <ScoreBar
            label={uiText('structure')}
            score={report.structure.score}
            verdict={report.structure.verdict[locale]}
            reasons={report.structure.reasons.map((r) => r[locale])}
          />
          <ScoreBar
            label={uiText('escalation')}
            score={report.escalation.score}
            verdict={report.escalation.verdict[locale]}
            reasons={report.escalation.reasons.map((r) => r[locale])}
          />
          <DocumentationScore runId={run} locale={locale} />
        </section>
        {/* Keyed by the run: "try again" starts an empty protocol. */}
        <Suspense fallback={null}>
          <ProtocolForm key={run} scenario={scenario} log={log} runId={run} locale={locale} />
        </Suspense>
        <section aria-label={uiText('moodChart')}>
          <h2>{uiText('moodChart')}</h2>
          <MoodChart
            timeline={report.moodTimeline}
            voiceMoments={report.voice?.status === 'measured' ? report.voice.moments : undefined}
            locale={locale}
          />
        </section>
        <section aria-label={uiText('keyMoments')}>
          <h2>{uiText('keyMoments')}</h2>
          <KeyMomentList moments={report.keyMoments} locale={locale} />
        </section>
        {report.voice && <VoiceSection feedback={report.voice} locale={locale} />}
        <section aria-label={uiText('bodyLanguage')}>
          <h2>{uiText('bodyLanguage')}</h2>
          <BodyLanguageList items={report.bodyLanguage} locale={locale} input={bodyLanguage} sensing={sensing} />
        </section>
        <footer className="debrief-actions">
          <button type="button" className="primary" onClick={() => store.retry()}>
            {uiText('tryAgain')}
          </button>
          <button type="button" onClick={() => store.backToMenu()}>
            {uiText('backToMenu')}
          </button>
          <RecordsLinks pages={['history']} />
        </footer>
      </section>
    </main>
  );
}
