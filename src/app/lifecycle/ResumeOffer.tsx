import { scenarioText } from '../../core/dialogue/text';
import { useText } from '../../i18n/use-text';
import { useSession } from '../../state/session';
import { useCheckpoints } from '../../storage/checkpoint-store';
import { discardOffered, resumeOffered } from './boot';
import { LIFECYCLE_TEXT, savedLine } from './lifecycle-texts';

/** In the start menu: continue the conversation a reload (or a closed tab) interrupted, or discard it. */
export function ResumeOffer() {
  const lifecycleText = useText(LIFECYCLE_TEXT);
  const offer = useCheckpoints((s) => s.offer);
  const screen = useSession((s) => s.screen);
  const locale = useSession((s) => s.settings.locale);
  if (!offer || screen !== 'menu') return null;
  const { scenario, run, checkpoint } = offer;
  return (
    <section className="lifecycle-notice resume-offer" aria-label={lifecycleText('resumeTitle')}>
      <h2>{lifecycleText('resumeTitle')}</h2>
      <p className="resume-title">{scenarioText(scenario, scenario.title, locale)}</p>
      <p>{savedLine(checkpoint.savedAt, run.state.turn, locale)}</p>
      <div className="resume-actions">
        <button type="button" className="primary" onClick={resumeOffered}>
          {lifecycleText('resume')}
        </button>
        <button type="button" className="quiet" onClick={discardOffered}>
          {lifecycleText('discard')}
        </button>
      </div>
    </section>
  );
}
