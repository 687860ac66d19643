import { useXRInputSourceEvent } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import type { Intent } from '../../core/dialogue/types';
import { sessionStore } from '../../state/session';
import { CLICK_THRESHOLD_MS } from './xr-store';

/** Pulse strength (0–1) and length (ms) per intent a panel click can cause; others get none. */
const PULSES: Partial<Record<Intent['type'], { value: number; ms: number }>> = {
  choose: { value: 0.6, ms: 60 },
  interrupt: { value: 0.35, ms: 35 },
  pause: { value: 0.35, ms: 35 },
  resume: { value: 0.35, ms: 35 },
};

/** Not in TypeScript's DOM types: the WebXR gamepads' `hapticActuators[i].pulse(value, ms)`. */
interface PulseActuator {
  pulse?(value: number, duration: number): Promise<boolean>;
}

function pulse(source: XRInputSource, value: number, ms: number): void {
  // Hands have `gamepad: null`, and some controllers no actuators: they simply get no pulse.
  const actuators = (source.gamepad as (Gamepad & { hapticActuators?: readonly PulseActuator[] }) | null)
    ?.hapticActuators;
  const actuator = actuators?.[0];
  if (!actuator?.pulse) return;
  // A controller that disconnected in between rejects; the choice stands regardless.
  actuator.pulse(value, ms).catch(() => undefined);
}

/**
 * A short haptic pulse when a select on a panel led to an intent. The choice itself comes from
 * the panel's pointer click (select events through pmndrs' ray pointer); this hook only learns
 * which input source pressed last (`selectstart`) and, when the session store accepts an intent
 * within the click window after it, pulses that source. No gamepad polling.
 */
export function useChoiceHaptics(): void {
  const last = useRef<{ source: XRInputSource | null; at: number }>({ source: null, at: 0 });
  useXRInputSourceEvent(
    'all',
    'selectstart',
    (event) => {
      last.current = { source: event.inputSource, at: performance.now() };
    },
    [],
  );
  useEffect(
    () =>
      sessionStore.subscribe((state, previous) => {
        const intents = state.run?.log.intents;
        if (!intents || intents === previous.run?.log.intents) return;
        const intent = intents[intents.length - 1];
        const strength = intent && PULSES[intent.type];
        const { source, at } = last.current;
        if (!strength || !source || performance.now() - at > CLICK_THRESHOLD_MS) return;
        last.current.source = null;
        pulse(source, strength.value, strength.ms);
      }),
    [],
  );
}
