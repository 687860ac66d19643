import { Container, Text } from '@react-three/uikit';
import { scenarioText } from '../../core/dialogue/text';
import { UI } from '../../i18n/ui-texts';
import { useText } from '../../i18n/use-text';
import { currentLine } from '../../speech/current-line';
import { useSpeech } from '../../speech/speech-store';
import { useLoading } from '../../state/loading-store';
import { useSession } from '../../state/session';
import { PANEL_FONT_FAMILIES } from './fonts';
import { objectName, PANEL_NAMES } from './object-name';
import { COLORS, ON_TOP, PIXEL_SIZE, TEXT } from './theme';

export interface SubtitlePanelProps {
  /** Widest the bubble may grow (mm) before the line wraps. */
  maxWidth?: number;
}

const TAIL = 26;

/**
 * The customer's current line as a speech bubble above their head: the name, then the words. The
 * root is anchored at the tip of its tail, so longer lines grow upwards and never down over the
 * face. Once the line is spoken it stays, in a quieter ink, while the trainee chooses. While the
 * customer's avatar still loads (the voice waits for it), the bubble says the customer is coming
 * instead of showing a line nobody says yet — in a headset there is no loading screen to see.
 */
export function SubtitlePanel({ maxWidth = 680 }: SubtitlePanelProps) {
  const uiText = useText(UI);
  // Only the line index: the voiced line changes on every word, which must not re-render the bubble.
  const lineIndex = useSpeech((s) => s.lineIndex);
  const line = useSession((s) => currentLine(s, { lineIndex })?.text ?? null);
  const arriving = useLoading((s) => s.customer === 'loading');
  const shown = line && arriving ? uiText('customerArriving') : line;
  const name = useSession((s) =>
    s.scenario ? scenarioText(s.scenario, s.scenario.customer.name, s.settings.locale) : '',
  );
  const speaking = useSession((s) => s.run?.state.phase !== 'choosing');
  if (!shown) return null;
  return (
    <Container
      pixelSize={PIXEL_SIZE}
      anchorY="bottom"
      flexDirection="column"
      alignItems="center"
      pointerEvents="none"
      fontFamilies={PANEL_FONT_FAMILIES}
      {...ON_TOP}
    >
      <Container
        ref={objectName(PANEL_NAMES.subtitle)}
        maxWidth={maxWidth}
        flexDirection="column"
        gap={4}
        paddingX={24}
        paddingY={16}
        borderRadius={22}
        backgroundColor={COLORS.paper}
      >
        <Text fontSize={TEXT.speaker} fontWeight="bold" color={COLORS.accent}>
          {name}
        </Text>
        <Text
          fontSize={TEXT.subtitle}
          lineHeight={1.3}
          color={speaking && !arriving ? COLORS.ink : COLORS.muted}
          wordBreak="break-word"
        >
          {shown}
        </Text>
      </Container>
      {/* The tail: a square turned 45°, half hidden behind the bubble's lower edge. */}
      <Container
        width={TAIL}
        height={TAIL}
        marginTop={-TAIL / 2}
        marginBottom={TAIL * 0.2}
        transformRotateZ={45}
        backgroundColor={COLORS.paper}
      />
    </Container>
  );
}
