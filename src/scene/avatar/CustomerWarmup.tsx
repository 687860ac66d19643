import { useLoader, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { customerPrepared } from '../../state/upcoming-customer';
import { useReleaseAvatar } from './useReleaseAvatar';
import { VrmAvatarLoader, withVrmPlugin } from './vrm-avatar-loader';
import { setOutlines } from './vrm-outlines';

/**
 * Prepares the customer the menu expects while the trainee reads it: parses the avatar file into
 * the loader's cache (the customer on stage then finds it without suspending) and compiles its
 * shaders against the room's lights (`compileAsync`, in parallel where the browser offers
 * KHR_parallel_shader_compile), so the first conversation frame neither parses nor compiles.
 * Draws nothing. It holds the model while mounted; the stage keeps it mounted while the same
 * avatar is on stage, so the hand-over never frees the model in use (./avatar-holds.ts).
 */
export function CustomerWarmup({ url }: { url: string }) {
  const result = useLoader(VrmAvatarLoader, url, withVrmPlugin);
  useReleaseAvatar(url, result);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    if (!result.vrm) return;
    let mounted = true;
    // Outlines are off on stage (AnimatedVrm): their programs would be compiled for nothing.
    setOutlines(result.vrm, false);
    gl.compileAsync(result.vrm.scene, camera, scene)
      .catch(() => {
        // A program that fails here fails again on stage, where three reports it.
      })
      .then(() => mounted && customerPrepared(url, true));
    return () => {
      mounted = false;
      customerPrepared(url, false);
    };
  }, [gl, camera, scene, result, url]);
  return null;
}
