import { Container, Text } from '@react-three/uikit';
import { UI } from '../../i18n/ui-texts';
import { present } from '../../core/dialogue/present';
import { sessionStore, useSession } from '../../state/session';
import { ChoiceButton } from './ChoiceButton';
import { CuePanel } from './CuePanel';
import { DeadlineStrip } from './DeadlineStrip';
import { PANEL_FONT_FAMILIES } from './fonts';
import { PanelButton } from './PanelButton';
import { COLORS, PIXEL_SIZE, TEXT } from './theme';
import { useText } from '../../i18n/use-text';

export interface ChoicePanelProps {
  /** Panel width in mm; answers wrap inside it. */
  width?: number;
}

const choose = (response: string) => sessionStore.getState().dispatch({ type: 'choose', response });
const interrupt = () => sessionStore.getState().dispatch({ type: 'interrupt' });
const skip = () => sessionStore.getState().skip();
const pauseOrResume = () => sessionStore.getState().togglePause();

/**
 * The trainee's side of the conversation, like a tablet on the counter: the answers while choosing
 * (numbered 1–4, disabled while paused, with a deadline bar when time is limited), and always a
 * row with Interrupt, Continue and Pause. The root is anchored at its bottom edge, so a long list
 * grows upwards, away from the counter top. Its own root is transparent: only cards are drawn.
 */
export function ChoicePanel({ width = 560 }: ChoicePanelProps) {
  const uiText = useText(UI);
  const scenario = useSession((s) => s.scenario);
  const state = useSession((s) => s.run?.state);
  if (!scenario || !state) return null;
  const view = present(scenario, state);
  const choosing = view.phase === 'choosing';
  const speaking = view.phase === 'speaking' || view.phase === 'ended';
  return (
    <Container pixelSize={PIXEL_SIZE} anchorY="bottom" width={width} flexDirection="column" gap={10} fontFamilies={PANEL_FONT_FAMILIES}>
      <CuePanel />
      {choosing && (
        <Container
          flexDirection="column"
          gap={10}
          padding={16}
          borderRadius={18}
          backgroundColor={COLORS.paper}
          borderWidth={1.5}
          borderColor={COLORS.line}
        >
          <Text fontSize={TEXT.label} fontWeight="bold" color={view.paused ? COLORS.accent : COLORS.muted}>
            {view.paused ? uiText('paused') : uiText('yourAnswer')}
          </Text>
          {view.deadline !== null && !view.paused && <DeadlineStrip deadline={view.deadline} />}
          {view.choices.map((c) => (
            <ChoiceButton key={c.id} choice={c} disabled={view.paused} onChoose={choose} />
          ))}
        </Container>
      )}
      <Container flexDirection="row" justifyContent="center" alignItems="center" gap={10}>
        {view.paused && !choosing && (
          <Text fontSize={TEXT.button} fontWeight="bold" color={COLORS.accent}>
            {uiText('paused')}
          </Text>
        )}
        {view.interruptible && !view.paused && (
          <PanelButton label={uiText('interrupt')} variant="primary" fontSize={TEXT.answer} onClick={interrupt} />
        )}
        {speaking && !view.paused && <PanelButton name="skip" label={uiText('skip')} variant="quiet" onClick={skip} />}
        {view.phase !== 'ended' && <PanelButton label={view.paused ? uiText('resume') : uiText('pause')} onClick={pauseOrResume} />}
      </Container>
    </Container>
  );
}
