import { VRMUtils } from '@pixiv/three-vrm';
import { useLoader } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { type AvatarLoadResult, VrmAvatarLoader } from './vrm-avatar-loader';

/**
 * Frees an avatar when its component really unmounts: GPU geometry, materials, textures and
 * skeleton textures (`VRMUtils.deepDispose`), and the loader cache entry, so five scenario runs
 * load five times but hold one model. The release waits one task, so React's StrictMode
 * unmount-and-remount in development keeps the model instead of disposing the one on screen.
 */
export function useReleaseAvatar(url: string, result: AvatarLoadResult): void {
  const pending = useRef(0);
  useEffect(() => {
    window.clearTimeout(pending.current);
    return () => {
      pending.current = window.setTimeout(() => {
        if (result.vrm) VRMUtils.deepDispose(result.vrm.scene);
        // A failed load is forgotten too, so the next run tries again.
        useLoader.clear(VrmAvatarLoader, url);
      }, 0);
    };
  }, [url, result]);
}
