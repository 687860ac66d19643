import { XR } from '@react-three/xr';
import { type ReactNode, Suspense } from 'react';
import type { XrLayerModule } from '../../state/xr-presence';
import { TraineeOrigin } from './TraineeOrigin';
import { VrSessionControls } from './VrSessionControls';
import { xrStore } from './xr-store';

function Layer({ children }: { children: ReactNode }) {
  return (
    <XR store={xrStore}>
      {children}
      <TraineeOrigin />
      <Suspense fallback={null}>
        <VrSessionControls />
      </Suspense>
    </XR>
  );
}

/** The XR stack as one lazily loaded chunk (see ./xr-presence.ts). */
export const xrLayer: XrLayerModule = { store: xrStore, Layer };
