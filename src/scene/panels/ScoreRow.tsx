import { Container, Text } from '@react-three/uikit';
import { bandColor, COLORS, TEXT } from './theme';

export interface ScoreRowProps {
  label: string;
  /** 0–100. */
  score: number;
  verdict: string;
  /** The overall score: larger type and a thicker bar. */
  emphasis?: boolean;
}

/** One score of the debrief: label, verdict and number over a bar coloured by band. */
export function ScoreRow({ label, score, verdict, emphasis = false }: ScoreRowProps) {
  const size = emphasis ? TEXT.body + 3 : TEXT.body;
  const bar = emphasis ? 12 : 8;
  return (
    <Container flexDirection="column" gap={5}>
      <Container flexDirection="row" alignItems="center" gap={10}>
        <Text flexGrow={1} flexShrink={1} fontSize={size} fontWeight={emphasis ? 'bold' : 'normal'} color={COLORS.ink}>
          {label}
        </Text>
        <Text fontSize={TEXT.label} color={COLORS.muted}>
          {verdict}
        </Text>
        <Text width={emphasis ? 44 : 36} textAlign="right" fontSize={size + 2} fontWeight="bold" color={COLORS.ink}>
          {String(score)}
        </Text>
      </Container>
      <Container height={bar} borderRadius={bar / 2} backgroundColor={COLORS.line}>
        <Container
          width={`${Math.max(0, Math.min(100, score))}%`}
          height="100%"
          borderRadius={bar / 2}
          backgroundColor={bandColor(score)}
        />
      </Container>
    </Container>
  );
}
