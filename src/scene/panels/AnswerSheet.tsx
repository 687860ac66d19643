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
  /** Whether a decision is open; the sheet stays mounted between decisions and is hidden then. */
  shown: boolean;
  /** The open decision's answers (2–4); none while hidden. */
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
/** A decision has 2 to 4 answers (the scenario schema); the sheet keeps a card for each. */
const SLOTS = [0, 1, 2, 3] as const;
/** What the sheet shows, as one value: a new decision hides it until its cards are laid out. */
const contentOf = (shown: boolean, choices: readonly PresentedChoice[]) =>
  shown ? choices.map((c) => `${c.id}\u0000${c.text}`).join('\u0001') : '';

/**
 * The answers of a decision on a sheet of paper: a label, the deadline bar when time is limited,
 * and the answer cards in two columns. Mounted once per conversation with a card for each of the
 * four answers a decision may have: a decision fills the cards in and hides those it does not
 * need, so the line's end only changes texts instead of building the sheet anew, which was the
 * largest single cost in a conversation (docs/performance.md, "Fifth round"). Hidden
 * (`display: none`) between decisions, and until uikit has laid out a decision's cards, so the
 * sheet appears whole.
 */
export function AnswerSheet({ shown, choices, paused, deadline, width, columns = 2, onChoose }: AnswerSheetProps) {
  const uiText = useText(UI);
  const [measure, laidOut] = useLaidOut(2, contentOf(shown, choices));
  // Yoga sizes boxes with their border and padding: the cards and the gaps fill the inner width exactly.
  const cardWidth = Math.floor((width - 2 * PADDING - 2 * BORDER - (columns - 1) * GAP) / columns);
  return (
    <Container
      ref={(element) => {
        measure(element as unknown as Parameters<typeof measure>[0]);
        // Named so the browser tests can read the sheet's screen rectangle (SceneProbe.layout).
        if (element) (element as unknown as Object3D).name = PANEL_NAMES.answers;
      }}
      display={shown ? 'flex' : 'none'}
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
      {shown && deadline !== null && !paused && <DeadlineStrip deadline={deadline} />}
      <Container flexDirection="row" flexWrap="wrap" gap={GAP}>
        {SLOTS.map((slot) => (
          <ChoiceButton
            key={slot}
            choice={shown ? (choices[slot] ?? null) : null}
            width={cardWidth}
            disabled={paused}
            onChoose={onChoose}
          />
        ))}
      </Container>
    </Container>
  );
}
