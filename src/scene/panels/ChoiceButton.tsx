import { Container, Text } from '@react-three/uikit';
import { useMemo, useState } from 'react';
import type { PresentedChoice } from '../../core/dialogue/types';
import { clampLines } from './clamp-lines';
import { OPEN_SANS_ADVANCES } from './open-sans-advances';
import { COLORS, TEXT } from './theme';

export interface ChoiceButtonProps {
  /** The answer this card shows; null hides the card (the sheet keeps four, a decision uses 2–4). */
  choice: PresentedChoice | null;
  /** Card width (mm): two cards side by side fill the answer panel. */
  width: number;
  disabled: boolean;
  onChoose: (id: string) => void;
}

const BADGE = 28;
const GAP = 12;
const PADDING_X = 12;
const BORDER = 2;
const LINE_HEIGHT = 1.3;
const PADDING_Y = 9;
/** Lines a compact card shows; the text is clamped to them, so no line is ever cut by the card's edge. */
const COMPACT_LINES = 2;
/** The badge centres the first line, so the text starts this far below the padding. */
const TEXT_TOP = (BADGE - TEXT.choice * LINE_HEIGHT) / 2;
/** Exactly the compact lines: a backstop clip lands between two lines, never through one. */
const COMPACT_HEIGHT = 2 * (BORDER + PADDING_Y) + TEXT_TOP + COMPACT_LINES * TEXT.choice * LINE_HEIGHT;
/** Advances are summed without kerning or sub-pixel snapping; keep a little slack to the edge. */
const WIDTH_SLACK = 0.97;
/** Characters outside the font's table take uikit's width for a missing glyph. */
const advance = (char: string) => OPEN_SANS_ADVANCES[char] ?? 0.6;

/** The answer as its compact card shows it: whole lines, at most COMPACT_LINES, ended with „…“ when cut. */
export function compactText(text: string, cardWidth: number): string {
  const width = (cardWidth - 2 * (PADDING_X + BORDER) - BADGE - GAP) * WIDTH_SLACK;
  return clampLines(text, { lines: COMPACT_LINES, width, fontSize: TEXT.choice, advance });
}

/**
 * One response: its number badge (the keyboard shortcut) and its text, compact (two whole lines
 * at most, cut at a word with „…“, measured with the font's own advances) until a mouse or a controller ray points at it; then the card shows the
 * whole answer, growing upwards. The text must be allowed to shrink, or uikit lays it out on one
 * long line; the card's height cap clips what an unusually wide wording would still overflow.
 */
export function ChoiceButton({ choice, width, disabled, onChoose }: ChoiceButtonProps) {
  // The answer the pointer is on, by id: the card stays mounted from one decision to the next,
  // and the next decision's answer in this place must not open because the pointer was here.
  const [pointedId, setPointedId] = useState<string | null>(null);
  const text = choice?.text ?? '';
  // Measured once per answer, not on each of the many renders a conversation's store updates cause.
  const compact = useMemo(() => (text ? compactText(text, width) : ''), [text, width]);
  const open = choice !== null && pointedId === choice.id && compact !== text;
  // Leave hover out entirely when disabled: uikit throws on a `hover` key whose value is undefined.
  const interactive =
    disabled || !choice
      ? {}
      : {
          cursor: 'pointer',
          onClick: () => onChoose(choice.id),
          onHoverChange: (hovered: boolean) => setPointedId(hovered ? choice.id : null),
          hover: { backgroundColor: COLORS.sandHover, borderColor: COLORS.accent },
        };
  return (
    <Container
      ref={(object) => {
        // Named so the browser tests can find the button on screen (SceneProbe.screenPoint).
        if (object) object.name = choice ? `choice-${choice.number}` : 'choice-unused';
      }}
      display={choice ? 'flex' : 'none'}
      width={width}
      {...(open ? {} : { maxHeight: COMPACT_HEIGHT })}
      overflow="hidden"
      flexDirection="row"
      alignItems="flex-start"
      gap={GAP}
      paddingX={PADDING_X}
      paddingY={PADDING_Y}
      borderRadius={12}
      borderWidth={BORDER}
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
          {choice ? String(choice.number) : ''}
        </Text>
      </Container>
      <Text
        flexGrow={1}
        flexShrink={1}
        minWidth={0}
        marginTop={TEXT_TOP}
        fontSize={TEXT.choice}
        lineHeight={LINE_HEIGHT}
        color={COLORS.ink}
        wordBreak="break-word"
      >
        {open ? text : compact}
      </Text>
    </Container>
  );
}
