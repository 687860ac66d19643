import { useLoader } from '@react-three/fiber';
import { AnimatedVrm } from './AnimatedVrm';
import { AvatarPlaceholder } from './AvatarPlaceholder';
import type { CustomerDrive } from './customer-drive';
import { useReleaseAvatar } from './useReleaseAvatar';
import { VrmAvatarLoader, withVrmPlugin } from './vrm-avatar-loader';

export interface VrmCustomerProps {
  url: string;
  seed: string;
  counterTop: number;
  counterFront: number;
  outlines?: boolean;
  drive: CustomerDrive;
}

/**
 * Loads the customer's VRM (suspends while loading), frees it on unmount, and shows either the
 * animated model or, when the file could not be loaded, a neutral placeholder.
 */
export function VrmCustomer({ url, seed, counterTop, counterFront, outlines, drive }: VrmCustomerProps) {
  const result = useLoader(VrmAvatarLoader, url, withVrmPlugin);
  useReleaseAvatar(url, result);
  if (!result.vrm) return <AvatarPlaceholder />;
  return (
    <AnimatedVrm
      vrm={result.vrm}
      seed={seed}
      counterTop={counterTop}
      counterFront={counterFront}
      outlines={outlines}
      drive={drive}
    />
  );
}
