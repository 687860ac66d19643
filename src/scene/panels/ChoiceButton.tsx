import { Container, Text } from '@react-three/uikit';
import { useState } from 'react';
import type { PresentedChoice } from '../../core/dialogue/types';
import { compactAnswer } from './compact-answer';
import { COLORS, TEXT } from './theme';

export interface ChoiceButtonProps {
  choice: PresentedChoice;
  /** Card width (mm): two cards side by side fill the answer panel. */
  width: number;
  disabled: boolean;
  onChoose: (id: string) => void;
}

const BADGE = 28;
const LINE_HEIGHT = 1.3;
/** Two lines of TEXT.choice fit about 86 characters at the default card width; the rest is cut. */
const COMPACT_CHARS = 80;
const PADDING_Y = 9;
const COMPACT_HEIGHT = 2 * PADDING_Y + 2 * TEXT.choice * LINE_HEIGHT + 4;

/**
 * One response: its number badge (the keyboard shortcut) and its text, compact (two lines at
 * most, cut with „…“) until a mouse or a controller ray points at it; then the card shows the
 * whole answer, growing upwards. The text must be allowed to shrink, or uikit lays it out on one
 * long line; the card's height cap clips what an unusually wide wording would still overflow.
 */
export function ChoiceButton({ choice, width, disabled, onChoose }: ChoiceButtonProps) {
  const [pointed, setPointed] = useState(false);
  const compact = compactAnswer(choice.text, COMPACT_CHARS);
  const open = pointed && compact !== choice.text;
  // Leave hover out entirely when disabled: uikit throws on a `hover` key whose value is undefined.
  const interactive = disabled
    ? {}
    : {
        cursor: 'pointer',
        onClick: () => onChoose(choice.id),
        onHoverChange: setPointed,
        hover: { backgroundColor: COLORS.sandHover, borderColor: COLORS.accent },
      };
  return (
    <Container
      ref={(object) => {
        // Named so the browser tests can find the button on screen (SceneProbe.screenPoint).
        if (object) object.name = `choice-${choice.number}`;
      }}
      width={width}
      {...(open ? {} : { maxHeight: COMPACT_HEIGHT })}
      overflow="hidden"
      flexDirection="row"
      alignItems="flex-start"
      gap={12}
      paddingX={12}
      paddingY={PADDING_Y}
      borderRadius={12}
      borderWidth={2}
      borderColor={COLORS.line}
      backgroundColor={COLORS.sand}
      opacity={disabled ? 0.5 : 1}
      {...interactive}
    >
      <Container
        width={BADGE}
        height={BADGE}
        flexShrink={0}
        borderRadius={BADGE / 2}
        backgroundColor={COLORS.accent}
        alignItems="center"
        justifyContent="center"
      >
        <Text fontSize={TEXT.choice} fontWeight="bold" color={COLORS.accentInk}>
          {String(choice.number)}
        </Text>
      </Container>
      <Text
        flexGrow={1}
        flexShrink={1}
        minWidth={0}
        marginTop={(BADGE - TEXT.choice * LINE_HEIGHT) / 2}
        fontSize={TEXT.choice}
        lineHeight={LINE_HEIGHT}
        color={COLORS.ink}
        wordBreak="break-word"
      >
        {open ? choice.text : compact}
      </Text>
    </Container>
  );
}
