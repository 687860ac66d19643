import { Container, Text } from '@react-three/uikit';
import { objectName } from './object-name';
import { COLORS, TEXT } from './theme';

const VARIANTS = {
  primary: {
    backgroundColor: COLORS.accent,
    borderColor: COLORS.accent,
    color: COLORS.accentInk,
    hover: COLORS.accentHover,
  },
  outline: { backgroundColor: COLORS.paper, borderColor: COLORS.line, color: COLORS.ink, hover: COLORS.sandHover },
  quiet: { backgroundColor: COLORS.sand, borderColor: COLORS.sand, color: COLORS.muted, hover: COLORS.sandHover },
} as const;

/** Appended to a hidden button's name. */
const HIDDEN = ' (hidden)';

export type PanelButtonVariant = keyof typeof VARIANTS;

export interface PanelButtonProps {
  label: string;
  onClick: () => void;
  variant?: PanelButtonVariant;
  disabled?: boolean;
  /** Text size in mm. */
  fontSize?: number;
  /** Names the button's object for the browser tests (e.g. `debrief-menu`). */
  name?: string;
  /**
   * False hides the button (`display: none`, out of the layout, no pointer events) but keeps it
   * mounted: a button that comes and goes with every line („Weiter“, „Unterbrechen“) is not built
   * anew each time. A hidden button's object loses its name, so the tests do not find it.
   */
  shown?: boolean;
}

/** A pill-shaped button for mouse and controller rays: hover tint, no action while disabled. */
export function PanelButton({
  label,
  onClick,
  variant = 'outline',
  disabled = false,
  fontSize = TEXT.button,
  name,
  shown = true,
}: PanelButtonProps) {
  const look = VARIANTS[variant];
  // Leave hover out entirely when disabled: uikit throws on a `hover` key whose value is undefined.
  const interactive = disabled
    ? {}
    : {
        cursor: 'pointer',
        onClick,
        hover: { backgroundColor: look.hover, borderColor: variant === 'outline' ? COLORS.accent : look.hover },
      };
  return (
    <Container
      ref={name ? objectName(shown ? name : `${name}${HIDDEN}`) : undefined}
      display={shown ? 'flex' : 'none'}
      flexShrink={0}
      alignItems="center"
      justifyContent="center"
      paddingX={fontSize}
      paddingY={fontSize * 0.45}
      borderRadius={1000}
      borderWidth={1.5}
      borderColor={look.borderColor}
      backgroundColor={look.backgroundColor}
      opacity={disabled ? 0.5 : 1}
      {...interactive}
    >
      <Text fontSize={fontSize} fontWeight="bold" color={look.color} wordBreak="keep-all">
        {label}
      </Text>
    </Container>
  );
}
