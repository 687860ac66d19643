import { scenarioText } from '../../core/dialogue/text';
import { useCheckpoints } from '../../storage/checkpoint-store';
import { useSession } from '../../state/session';
import { discardOffered, resumeOffered } from './boot';
import { LIFECYCLE_TEXT, savedLine } from './lifecycle-texts';

/** In the start menu: continue the conversation a reload (or a closed tab) interrupted, or discard it. */
export function ResumeOffer() {
  const offer = useCheckpoints((s) => s.offer);
  const screen = useSession((s) => s.screen);
  const locale = useSession((s) => s.settings.locale);
  if (!offer || screen !== 'menu') return null;
  const { scenario, run, checkpoint } = offer;
  return (
    <section className="lifecycle-notice resume-offer" aria-label={LIFECYCLE_TEXT.resumeTitle[locale]}>
      <h2>{LIFECYCLE_TEXT.resumeTitle[locale]}</h2>
      <p className="resume-title">{scenarioText(scenario, scenario.title, locale)}</p>
      <p>{savedLine(checkpoint.savedAt, run.state.turn, locale)}</p>
      <div className="resume-actions">
        <button type="button" className="primary" onClick={resumeOffered}>
          {LIFECYCLE_TEXT.resume[locale]}
        </button>
        <button type="button" className="quiet" onClick={discardOffered}>
          {LIFECYCLE_TEXT.discard[locale]}
        </button>
      </div>
    </section>
  );
}
