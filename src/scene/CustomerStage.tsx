import { Suspense } from 'react';
import { useSession } from '../state/session';
import { useUpcomingAvatar } from '../state/upcoming-customer';
import { CustomerAvatar } from './avatar/CustomerAvatar';
import { CustomerWarmup } from './avatar/CustomerWarmup';
import { avatarUrl } from './avatar-url';
import { useLiveDrive } from './live-drive';

/**
 * Puts the scenario's customer on stage while a conversation or its debrief is on screen: the
 * VRM the trainee picked in the menu, or else the scenario's own avatar, moved by the live drive
 * (as ReviewStage hands the replay's drive to the same avatar). In the menu it prepares the
 * customer the trainee is about to start with (the own avatar, or the selected scenario's), and
 * keeps that warm-up mounted while the same avatar is on stage.
 */
export function CustomerStage() {
  const url = useSession((s) => {
    if (s.screen === 'menu' || !s.scenario) return null;
    return s.customAvatar?.url ?? avatarUrl(s.scenario.customer.avatar);
  });
  const inMenu = useSession((s) => s.screen === 'menu');
  const ownAvatar = useSession((s) => s.customAvatar?.url ?? null);
  const expected = useUpcomingAvatar();
  const upcoming = ownAvatar ?? expected;
  const seed = useSession((s) => s.run?.log.seed ?? 'customer');
  const drive = useLiveDrive();
  return (
    <>
      {upcoming && (inMenu || upcoming === url) && (
        <Suspense fallback={null}>
          <CustomerWarmup url={upcoming} />
        </Suspense>
      )}
      {url && <CustomerAvatar url={url} seed={seed} drive={drive} presence />}
    </>
  );
}
