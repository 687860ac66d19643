import { VRMUtils } from '@pixiv/three-vrm';
import { useLoader } from '@react-three/fiber';
import { useEffect } from 'react';
import { createAvatarHolds } from './avatar-holds';
import { type AvatarLoadResult, VrmAvatarLoader } from './vrm-avatar-loader';

const holds = createAvatarHolds();

/**
 * Holds a loaded avatar while the calling component is mounted, and frees it when its last
 * holder (the customer on stage, the menu's warm-up) has really gone: GPU geometry, materials,
 * textures and skeleton textures (`VRMUtils.deepDispose`), and the loader cache entry, so five
 * scenario runs load five times but hold one model. A failed load is forgotten too, so the next
 * run tries again.
 */
export function useReleaseAvatar(url: string, result: AvatarLoadResult): void {
  useEffect(() => {
    holds.hold(url);
    return () =>
      holds.release(url, () => {
        if (result.vrm) VRMUtils.deepDispose(result.vrm.scene);
        useLoader.clear(VrmAvatarLoader, url);
      });
  }, [url, result]);
}
