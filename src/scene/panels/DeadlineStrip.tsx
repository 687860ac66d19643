import { signal } from '@preact/signals-core';
import { useFrame } from '@react-three/fiber';
import { Container } from '@react-three/uikit';
import { useMemo } from 'react';
import { sessionStore } from '../../state/session';
import { FRAME_ORDER } from '../frame-order';
import { COLORS } from './theme';

export interface DeadlineStripProps {
  /** Session time (ms) when the decision times out. */
  deadline: number;
}

/** Steps of the bar; the signal only fires when the bar moves a step, not on every frame. */
const STEPS = 240;
const WARN_BELOW = 0.25;

/**
 * A thin bar that empties until the decision's deadline. The length is a uikit signal written from
 * useFrame, so the countdown never re-renders React; the session clock is performance.now() minus
 * the store's startedAt (see src/state/session.ts), read with getState() each frame.
 */
export function DeadlineStrip({ deadline }: DeadlineStripProps) {
  const fill = useMemo(() => ({ scale: signal(1), color: signal<string>(COLORS.accent) }), []);
  useFrame(() => {
    const { run, startedAt } = sessionStore.getState();
    const shownAt = run?.state.choicesShownAt ?? 0;
    const left = (deadline - (performance.now() - startedAt)) / Math.max(1, deadline - shownAt);
    const fraction = Math.round(Math.min(1, Math.max(0, left)) * STEPS) / STEPS;
    fill.scale.value = fraction;
    fill.color.value = fraction < WARN_BELOW ? COLORS.weak : COLORS.accent;
  }, FRAME_ORDER.scene);
  return (
    <Container height={6} flexShrink={0} borderRadius={3} backgroundColor={COLORS.line}>
      <Container
        width="100%"
        height="100%"
        borderRadius={3}
        backgroundColor={fill.color}
        transformOriginX="left"
        transformScaleX={fill.scale}
      />
    </Container>
  );
}
