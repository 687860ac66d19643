import { Container, Text } from '@react-three/uikit';
import type { PresentedChoice } from '../../core/dialogue/types';
import { COLORS, TEXT } from './theme';

export interface ChoiceButtonProps {
  choice: PresentedChoice;
  disabled: boolean;
  onChoose: (id: string) => void;
}

const BADGE = 32;

/**
 * One response: its number badge (the keyboard shortcut) and the full text, wrapped over as many
 * lines as it needs. The text must be allowed to shrink, or uikit lays it out on one long line.
 */
export function ChoiceButton({ choice, disabled, onChoose }: ChoiceButtonProps) {
  // Leave hover out entirely when disabled: uikit throws on a `hover` key whose value is undefined.
  const interactive = disabled
    ? {}
    : { cursor: 'pointer', onClick: () => onChoose(choice.id), hover: { backgroundColor: COLORS.sandHover, borderColor: COLORS.accent } };
  return (
    <Container
      ref={(object) => {
        // Named so the browser tests can find the button on screen (SceneProbe.screenPoint).
        if (object) object.name = `choice-${choice.number}`;
      }}
      flexDirection="row"
      alignItems="flex-start"
      gap={14}
      paddingX={14}
      paddingY={12}
      borderRadius={14}
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
        <Text fontSize={TEXT.answer} fontWeight="bold" color={COLORS.accentInk}>
          {String(choice.number)}
        </Text>
      </Container>
      <Text
        flexGrow={1}
        flexShrink={1}
        minWidth={0}
        marginTop={(BADGE - TEXT.answer * 1.35) / 2}
        fontSize={TEXT.answer}
        lineHeight={1.35}
        color={COLORS.ink}
        wordBreak="break-word"
      >
        {choice.text}
      </Text>
    </Container>
  );
}
