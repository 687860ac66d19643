import { Container, Text } from '@react-three/uikit';
import { useEffect, useState } from 'react';
import type { Cue } from '../../core/scoring/merit';
import { UI } from '../../i18n/ui-texts';
import { useText } from '../../i18n/use-text';
import { useSession } from '../../state/session';
import { COLORS, TEXT } from './theme';

export interface CuePanelProps {
  /** How long the cue stays (ms); the DOM toast uses the same. */
  durationMs?: number;
}

const LOOK: Record<Cue, { key: 'cueGood' | 'cueMixed' | 'cuePoor'; color: string }> = {
  good: { key: 'cueGood', color: COLORS.good },
  mixed: { key: 'cueMixed', color: COLORS.mixed },
  poor: { key: 'cuePoor', color: COLORS.weak },
};

/**
 * Practice mode's sparse cue after an answer: a coloured pill with three words, gone after about
 * two seconds (the store computes it; assessment mode has none). Rendered inside the choice panel,
 * where the trainee's eyes are when they answer.
 */
export function CuePanel({ durationMs = 2200 }: CuePanelProps) {
  const uiText = useText(UI);
  const cue = useSession((s) => s.cue);
  const [shown, setShown] = useState<typeof cue>(null);
  useEffect(() => {
    if (!cue) return;
    setShown(cue);
    const timer = window.setTimeout(() => setShown(null), durationMs);
    return () => window.clearTimeout(timer);
  }, [cue, durationMs]);
  if (!shown) return null;
  const look = LOOK[shown.cue];
  return (
    <Container
      alignSelf="center"
      flexDirection="row"
      alignItems="center"
      gap={10}
      paddingX={18}
      paddingY={9}
      borderRadius={1000}
      backgroundColor={look.color}
    >
      <Container width={10} height={10} borderRadius={5} backgroundColor={COLORS.accentInk} />
      <Text fontSize={TEXT.answer} fontWeight="bold" color={COLORS.accentInk}>
        {uiText(look.key)}
      </Text>
    </Container>
  );
}
