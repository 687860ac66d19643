import { useSession } from '../state/session';

/**
 * Puts the scenario's customer (and, during a conversation, the in-scene panels) on stage.
 * Filled in by the avatar runtime and the 3D panels.
 */
export function CustomerStage() {
  const avatar = useSession((s) => (s.screen === 'menu' ? null : (s.scenario?.customer.avatar ?? null)));
  if (!avatar) return null;
  return null;
}
