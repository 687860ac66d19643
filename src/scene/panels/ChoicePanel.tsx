import { Container, Text } from '@react-three/uikit';
import { present } from '../../core/dialogue/present';
import { UI } from '../../i18n/ui-texts';
import { useText } from '../../i18n/use-text';
import { sessionStore, useSession } from '../../state/session';
import { AnswerSheet } from './AnswerSheet';
import { CuePanel } from './CuePanel';
import { EndConversationButton } from './EndConversationButton';
import { PANEL_FONT_FAMILIES } from './fonts';
import { objectName, PANEL_NAMES } from './object-name';
import { PanelButton } from './PanelButton';
import { COLORS, ON_TOP, PIXEL_SIZE, TEXT } from './theme';

export interface ChoicePanelProps {
  /** Width of the answers (mm): two columns of cards. */
  width?: number;
  /** Width of the control column on the right (mm). */
  controlsWidth?: number;
  /**
   * The headset's arrangement: one column of answers with the controls in a row beneath, a
   * narrow sheet that stands beside the customer (XR_LAYOUT.answers) instead of below them.
   */
  stacked?: boolean;
}

const GAP = 8;

const choose = (response: string) => sessionStore.getState().dispatch({ type: 'choose', response });
const interrupt = () => sessionStore.getState().dispatch({ type: 'interrupt' });
const skip = () => sessionStore.getState().skip();
const pauseOrResume = () => sessionStore.getState().togglePause();

/**
 * The trainee's side of the conversation, low on the counter: the answers while choosing, in two
 * columns of compact cards (numbered 1–4, disabled while paused, with a deadline bar when time is
 * limited; a card shows its whole text while pointed at), and beside them a column with
 * Interrupt, Continue and Pause that keeps its place whether or not answers are up. The root is
 * anchored at its bottom edge: compact it stays below the customer's hands (LAYOUT.choicePanel),
 * a card opened by the pointer grows upwards, never off the bottom of the view. The root itself
 * is transparent: only cards and buttons are drawn.
 */
export function ChoicePanel({ width = 920, controlsWidth = 180, stacked = false }: ChoicePanelProps) {
  const uiText = useText(UI);
  const scenario = useSession((s) => s.scenario);
  const state = useSession((s) => s.run?.state);
  if (!scenario || !state) return null;
  const view = present(scenario, state);
  const choosing = view.phase === 'choosing';
  const speaking = view.phase === 'speaking' || view.phase === 'ended';
  return (
    <Container
      pixelSize={PIXEL_SIZE}
      anchorY="bottom"
      flexDirection={stacked ? 'column' : 'row'}
      alignItems={stacked ? 'stretch' : 'flex-end'}
      gap={14}
      fontFamilies={PANEL_FONT_FAMILIES}
      {...ON_TOP}
    >
      <Container width={width} flexDirection="column" alignItems="stretch" gap={GAP}>
        <CuePanel />
        <AnswerSheet
          shown={choosing}
          choices={view.choices}
          paused={view.paused}
          deadline={view.deadline}
          width={width}
          columns={stacked ? 1 : 2}
          onChoose={choose}
        />
      </Container>
      <Container
        ref={objectName(PANEL_NAMES.controls)}
        width={stacked ? width : controlsWidth}
        flexDirection={stacked ? 'row' : 'column'}
        justifyContent={stacked ? 'flex-end' : 'flex-start'}
        alignItems={stacked ? 'center' : 'stretch'}
        gap={GAP}
      >
        {view.paused && !choosing && (
          <Text fontSize={TEXT.button} fontWeight="bold" color={COLORS.accent} textAlign="center">
            {uiText('paused')}
          </Text>
        )}
        {/* Mounted for the whole conversation and shown as the phase asks: each line's start and end
            would otherwise build or dispose them (docs/performance.md, "Fifth round"). */}
        <PanelButton
          shown={view.interruptible && !view.paused}
          label={uiText('interrupt')}
          variant="primary"
          fontSize={TEXT.button}
          onClick={interrupt}
        />
        <PanelButton
          name="skip"
          shown={speaking && !view.paused}
          label={uiText('skip')}
          variant="quiet"
          onClick={skip}
        />
        <PanelButton
          shown={view.phase !== 'ended'}
          label={view.paused ? uiText('resume') : uiText('pause')}
          onClick={pauseOrResume}
        />
        {view.paused && view.phase !== 'ended' && <EndConversationButton />}
      </Container>
    </Container>
  );
}
