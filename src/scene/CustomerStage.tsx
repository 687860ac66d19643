import { useSession } from '../state/session';
import { avatarUrl } from './avatar-url';
import { CustomerAvatar } from './avatar/CustomerAvatar';

/**
 * Puts the scenario's customer on stage while a conversation or its debrief is on screen: the
 * VRM the trainee picked in the menu, or else the scenario's own avatar.
 */
export function CustomerStage() {
  const url = useSession((s) => {
    if (s.screen === 'menu' || !s.scenario) return null;
    return s.customAvatar?.url ?? avatarUrl(s.scenario.customer.avatar);
  });
  const seed = useSession((s) => s.run?.log.seed ?? 'customer');
  if (!url) return null;
  return <CustomerAvatar url={url} seed={seed} />;
}
