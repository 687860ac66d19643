import { useSession } from '../state/session';
import { CustomerAvatar } from './avatar/CustomerAvatar';
import { avatarUrl } from './avatar-url';
import { useLiveDrive } from './live-drive';

/**
 * Puts the scenario's customer on stage while a conversation or its debrief is on screen: the
 * VRM the trainee picked in the menu, or else the scenario's own avatar, moved by the live drive
 * (as ReviewStage hands the replay's drive to the same avatar).
 */
export function CustomerStage() {
  const url = useSession((s) => {
    if (s.screen === 'menu' || !s.scenario) return null;
    return s.customAvatar?.url ?? avatarUrl(s.scenario.customer.avatar);
  });
  const seed = useSession((s) => s.run?.log.seed ?? 'customer');
  const drive = useLiveDrive();
  if (!url) return null;
  return <CustomerAvatar url={url} seed={seed} drive={drive} presence />;
}
