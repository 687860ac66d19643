import {
  DefaultXRController,
  type DefaultXRControllerOptions,
  useXRInputSourceStateContext,
  XRControllerModel,
} from '@react-three/xr';
import { Suspense } from 'react';
import type { Object3D } from 'three';
import { useShowsRay } from './active-controller';
import { mergeControllerModel } from './merge-controller-model';

/** Merges the model the moment it is attached, before its first frame is drawn. */
function mergeOnAttach(model: Object3D | null): void {
  if (model) mergeControllerModel(model);
}

/**
 * pmndrs' default controller (ray pointer and all), with the profile's model drawn as one
 * skinned mesh instead of one mesh per button (./merge-controller-model.ts): on a Quest that is
 * 2 draw calls per stereo frame and controller instead of 12. Only the active controller has a
 * ray (./active-controller.ts).
 */
export function createCounterpartController(options: DefaultXRControllerOptions) {
  const pointers = { ...options, model: false } as const;
  return function CounterpartController() {
    const { inputSource } = useXRInputSourceStateContext('controller');
    const ray = useShowsRay(inputSource.handedness);
    return (
      <>
        {options.model !== false && (
          <Suspense fallback={null}>
            <XRControllerModel ref={mergeOnAttach} />
          </Suspense>
        )}
        <DefaultXRController {...pointers} rayPointer={ray ? options.rayPointer : false} />
      </>
    );
  };
}
