import { useStore } from 'zustand';
import type { CounterKind } from '../../core/scenario/schema';
import { useSession } from '../../state/session';
import { signOverride } from './sign-override';

/**
 * The kind of counter the room shows (its shelves and counter props): the recorded session's in a
 * replay (signOverride, as for the sign), else the live scenario's; a repair desk when none is set.
 */
export function useCounterKind(): CounterKind {
  const live = useSession((s) => s.scenario?.counter?.kind);
  const override = useStore(signOverride, (s) => s.source);
  return (override ? override.counter?.kind : live) ?? 'repair';
}
