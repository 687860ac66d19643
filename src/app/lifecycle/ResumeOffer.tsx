import { scenarioText } from '../../core/dialogue/text';
import { useCheckpoints } from '../../state/checkpoint-store';
import { useSession } from '../../state/session';
import { discardOffered, resumeOffered } from './boot';
import { LIFECYCLE_TEXT, savedLine } from './lifecycle-texts';
import { text } from '../../i18n/define-texts';

/** In the start menu: continue the conversation a reload (or a closed tab) interrupted, or discard it. */
export function ResumeOffer() {
  const offer = useCheckpoints((s) => s.offer);
  const screen = useSession((s) => s.screen);
  const locale = useSession((s) => s.settings.locale);
  if (!offer || screen !== 'menu') return null;
  const { scenario, run, checkpoint } = offer;
  return (
    <section className="lifecycle-notice resume-offer" aria-label={text(LIFECYCLE_TEXT, 'resumeTitle', locale)}>
      <h2>{text(LIFECYCLE_TEXT, 'resumeTitle', locale)}</h2>
      <p className="resume-title">{scenarioText(scenario, scenario.title, locale)}</p>
      <p>{savedLine(checkpoint.savedAt, run.state.turn, locale)}</p>
      <div className="resume-actions">
        <button type="button" className="primary" onClick={resumeOffered}>
          {text(LIFECYCLE_TEXT, 'resume', locale)}
        </button>
        <button type="button" className="quiet" onClick={discardOffered}>
          {text(LIFECYCLE_TEXT, 'discard', locale)}
        </button>
      </div>
    </section>
  );
}
