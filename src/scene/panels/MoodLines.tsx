import { Container, Text } from '@react-three/uikit';
import { useMemo } from 'react';
import { MOOD_KEYS, type Mood, type MoodKey } from '../../core/scenario/vocabulary';
import { UI } from '../../i18n/ui-texts';
import { useText } from '../../i18n/use-text';
import { COLORS, TEXT } from './theme';

export interface MoodLinesProps {
  timeline: { at: number; mood: Mood }[];
  /** Plot size in mm (the legend comes below it). */
  width?: number;
  height?: number;
}

const STROKE = 3;
const PAD = 8;

interface Segment {
  key: string;
  left: number;
  top: number;
  length: number;
  degrees: number;
  color: string;
}

/** Each step of each mood as a thin bar centred between its ends and turned to join them. */
function segments(timeline: MoodLinesProps['timeline'], width: number, height: number): Segment[] {
  const n = Math.max(1, timeline.length - 1);
  const x = (i: number) => PAD + ((width - 2 * PAD) * i) / n;
  const y = (v: number) => height - PAD - ((height - 2 * PAD) * Math.max(0, Math.min(100, v))) / 100;
  const result: Segment[] = [];
  for (const k of MOOD_KEYS)
    for (let i = 0; i + 1 < timeline.length; i++) {
      const a = timeline[i] as (typeof timeline)[number];
      const b = timeline[i + 1] as (typeof timeline)[number];
      const [x1, y1, x2, y2] = [x(i), y(a.mood[k]), x(i + 1), y(b.mood[k])];
      const length = Math.hypot(x2 - x1, y2 - y1) + STROKE;
      // Layout y grows downwards, the scene's upwards: a falling line turns clockwise.
      const degrees = (-Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
      result.push({
        key: `${k}-${i}`,
        left: (x1 + x2) / 2 - length / 2,
        top: (y1 + y2) / 2 - STROKE / 2,
        length,
        degrees,
        color: COLORS.mood[k as MoodKey],
      });
    }
  return result;
}

/**
 * The customer's anger, trust and patience over the conversation, as three lines. uikit's Svg
 * draws fills only, so each line is a chain of rotated thin containers; they batch with the panel.
 */
export function MoodLines({ timeline, width = 300, height = 110 }: MoodLinesProps) {
  const uiText = useText(UI);
  const parts = useMemo(() => segments(timeline, width, height), [timeline, width, height]);
  return (
    <Container flexDirection="column" gap={6}>
      <Container width={width} height={height} borderRadius={10} backgroundColor={COLORS.sand}>
        {[0, 50, 100].map((v) => (
          <Container
            key={v}
            positionType="absolute"
            positionLeft={PAD}
            positionRight={PAD}
            positionTop={height - PAD - ((height - 2 * PAD) * v) / 100}
            height={1}
            backgroundColor={COLORS.line}
          />
        ))}
        {parts.map((s) => (
          <Container
            key={s.key}
            positionType="absolute"
            positionLeft={s.left}
            positionTop={s.top}
            width={s.length}
            height={STROKE}
            borderRadius={STROKE / 2}
            backgroundColor={s.color}
            transformRotateZ={s.degrees}
          />
        ))}
      </Container>
      <Container flexDirection="row" gap={14}>
        {MOOD_KEYS.map((k) => (
          <Container key={k} flexDirection="row" alignItems="center" gap={6}>
            <Container width={14} height={4} borderRadius={2} backgroundColor={COLORS.mood[k]} />
            <Text fontSize={TEXT.label - 1} color={COLORS.muted}>
              {uiText(k)}
            </Text>
          </Container>
        ))}
      </Container>
    </Container>
  );
}
