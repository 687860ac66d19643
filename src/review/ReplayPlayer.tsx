import { scenarioText } from '../core/dialogue/text';
import type { Locale } from '../core/scenario/vocabulary';
import { text } from '../i18n/define-texts';
import { SESSION_TEXT } from '../i18n/session-texts';
import { useText } from '../i18n/use-text';
import { CameraSwitch } from './CameraSwitch';
import { DebriefSummary } from './DebriefSummary';
import { NotesPanel } from './NotesPanel';
import { ReplayCaption } from './ReplayCaption';
import { ReplayVoice } from './ReplayVoice';
import { ReplayVoiceNumbers } from './ReplayVoiceNumbers';
import { type OpenSession, reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { Timeline } from './Timeline';
import { TranscriptPanel } from './TranscriptPanel';

export interface ReplayPlayerProps {
  locale: Locale;
}

/** Why an opened session does not play (or that it is still loading), in the trainer's language. */
function unplayableMessage(open: Exclude<OpenSession, { status: 'ready' }>, locale: Locale): string {
  switch (open.status) {
    case 'loading':
      return text(REVIEW_TEXTS, 'loading', locale);
    case 'not-found':
      return text(REVIEW_TEXTS, 'notFound', locale);
    case 'missing-scenario':
      return text(REVIEW_TEXTS, 'missingScenario', locale);
    case 'changed-scenario':
      return text(REVIEW_TEXTS, 'changedScenario', locale);
    case 'broken':
      return `${text(REVIEW_TEXTS, 'broken', locale)} ${open.reason}`;
  }
}

/**
 * An opened session: the 3D replay shows in the free area of the window (the scene behind this
 * layer); a side column holds the debrief, transcript and notes, a bar at the bottom the timeline.
 * A session that cannot be replayed says why, clearly, instead.
 */
export function ReplayPlayer({ locale }: ReplayPlayerProps) {
  const reviewText = useText(REVIEW_TEXTS);
  const open = useReview((s) => s.open);
  if (!open) return null;
  const back = (
    <button type="button" onClick={() => reviewStore.getState().close()}>
      ← {reviewText('back')}
    </button>
  );
  if (open.status !== 'ready') {
    const message = unplayableMessage(open, locale);
    return (
      <div className="review-message">
        {back}
        <p role={open.status === 'loading' ? 'status' : 'alert'}>{message}</p>
      </div>
    );
  }
  const { scenario, recording } = open;
  return (
    <div className="review-player" data-session={open.id}>
      <header className="review-player-head">
        {back}
        <h1>
          <span lang={recording.locale}>{scenarioText(scenario, scenario.title, recording.locale)}</span> ·{' '}
          {recording.pseudonym}
          {recording.abandoned && (
            <span className="review-abandoned" data-outcome-label="abandoned">
              {' '}
              · {text(SESSION_TEXT, 'abandoned', locale)}
            </span>
          )}
        </h1>
        <CameraSwitch />
      </header>
      <ReplayVoice
        key={open.id}
        hints={scenario.customer.voice}
        lang={scenario.customer.voice.lang[recording.locale]}
      />
      <ReplayCaption transcript={open.transcript} />
      <aside className="review-side">
        <DebriefSummary
          locale={locale}
          sessionLocale={recording.locale}
          report={open.report}
          documentation={open.documentation}
        />
        {recording.voice && <ReplayVoiceNumbers voice={recording.voice} locale={locale} />}
        <TranscriptPanel
          locale={locale}
          transcript={open.transcript}
          customerName={scenarioText(scenario, scenario.customer.name, recording.locale)}
        />
        <NotesPanel notes={recording.notes} />
      </aside>
      <Timeline
        locale={locale}
        markers={open.markers}
        durationMs={open.durationMs}
        voice={recording.voice?.status === 'measured'}
      />
    </div>
  );
}
