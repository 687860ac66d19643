import { Container, Text } from '@react-three/uikit';
import type { Object3D } from 'three';
import type { PresentedChoice } from '../../core/dialogue/types';
import { UI } from '../../i18n/ui-texts';
import { useText } from '../../i18n/use-text';
import { ChoiceButton } from './ChoiceButton';
import { DeadlineStrip } from './DeadlineStrip';
import { PANEL_NAMES } from './object-name';
import { TimeLimitLine } from './TimeLimitLine';
import { COLORS, TEXT } from './theme';
import { useLaidOut } from './useLaidOut';

export interface AnswerSheetProps {
  choices: readonly PresentedChoice[];
  paused: boolean;
  deadline: number | null;
  /** Width in mm: the columns of cards fill it. */
  width: number;
  /** Two columns on the desktop; one in a headset, where the sheet stands beside the customer. */
  columns?: 1 | 2;
  onChoose: (id: string) => void;
}

const PADDING = 12;
const GAP = 8;
const BORDER = 1.5;

/**
 * The answers of one decision on a sheet of paper: a label, the deadline bar when time is
 * limited, and the answer cards in two columns. Mounted per decision and hidden until uikit has
 * laid it out, so it appears whole.
 */
export function AnswerSheet({ choices, paused, deadline, width, columns = 2, onChoose }: AnswerSheetProps) {
  const uiText = useText(UI);
  const [measure, laidOut] = useLaidOut();
  // Yoga sizes boxes with their border and padding: the cards and the gaps fill the inner width exactly.
  const cardWidth = Math.floor((width - 2 * PADDING - 2 * BORDER - (columns - 1) * GAP) / columns);
  return (
    <Container
      ref={(element) => {
        measure(element as unknown as Parameters<typeof measure>[0]);
        // Named so the browser tests can read the sheet's screen rectangle (SceneProbe.layout).
        if (element) (element as unknown as Object3D).name = PANEL_NAMES.answers;
      }}
      visibility={laidOut ? 'visible' : 'hidden'}
      flexDirection="column"
      gap={GAP}
      padding={PADDING}
      borderRadius={18}
      backgroundColor={COLORS.paper}
      borderWidth={BORDER}
      borderColor={COLORS.line}
    >
      <Text fontSize={TEXT.label} fontWeight="bold" color={paused ? COLORS.accent : COLORS.muted}>
        {paused ? uiText('paused') : uiText('yourAnswer')}
      </Text>
      <TimeLimitLine />
      {deadline !== null && !paused && <DeadlineStrip deadline={deadline} />}
      <Container flexDirection="row" flexWrap="wrap" gap={GAP}>
        {choices.map((c) => (
          <ChoiceButton key={c.id} choice={c} width={cardWidth} disabled={paused} onChoose={onChoose} />
        ))}
      </Container>
    </Container>
  );
}
