import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { type ReactNode, Suspense } from 'react';
import { ACESFilmicToneMapping } from 'three';
import { useStore } from 'zustand';
import { PoseCapture } from '../recording/PoseCapture';
import { useSession } from '../state/session';
import { BodyLanguageSensor } from '../xr/sensing/BodyLanguageSensor';
import { TraineeOrigin } from '../xr/session/TraineeOrigin';
import { VrSessionControls } from '../xr/session/VrSessionControls';
import { xrStore } from '../xr/session/xr-store';
import { CustomerStage } from './CustomerStage';
import { DesktopLook } from './DesktopLook';
import { LAYOUT } from './layout';
import { ConversationPanels } from './panels/ConversationPanels';
import { Lighting } from './Lighting';
import { Room } from './room/Room';
import { ServiceCounter } from './room/ServiceCounter';
import { SceneProbe } from './SceneProbe';

export interface TrainingSceneProps {
  /**
   * Replaces the live conversation (customer, panels, desktop look, sensing) with other content
   * in the same room and renderer, e.g. the trainer's replay. The live session is left alone.
   */
  stage?: ReactNode;
}

/**
 * The one WebGL canvas of the app, mounted for its whole life: the menu shows the empty counter,
 * a conversation brings the customer in. Keeping one renderer makes leaks measurable (five runs
 * must end at the same geometry and texture counts as one). The same scene serves the headset:
 * <XR> connects it to the app's XR store, the trainee's origin stands behind the counter, and
 * the desktop camera control steps aside while a session is presenting.
 */
export function TrainingScene({ stage }: TrainingSceneProps = {}) {
  const screen = useSession((s) => s.screen);
  const presenting = useStore(xrStore, (s) => s.session != null);
  return (
    <Canvas
      className="scene"
      shadows="percentage"
      dpr={[1, 2]}
      frameloop={screen === 'menu' && !stage ? 'demand' : 'always'}
      camera={{ fov: 70, near: 0.05, far: 30, position: [LAYOUT.trainee.x, LAYOUT.trainee.eyeHeight, LAYOUT.trainee.z] }}
      gl={{ antialias: true, toneMapping: ACESFilmicToneMapping, localClippingEnabled: true }}
      aria-hidden="true"
    >
      <XR store={xrStore}>
        <color attach="background" args={['#2b2622']} />
        <Lighting />
        <Room />
        <ServiceCounter />
        {stage ?? (
          <>
            <Suspense fallback={null}>
              <CustomerStage />
            </Suspense>
            <Suspense fallback={null}>
              <ConversationPanels />
            </Suspense>
          </>
        )}
        <TraineeOrigin />
        <Suspense fallback={null}>
          <VrSessionControls />
        </Suspense>
        {!stage && !presenting && <DesktopLook />}
        <SceneProbe />
        {/* body-language sensing */}
        {!stage && <BodyLanguageSensor />}
        <PoseCapture />
      </XR>
    </Canvas>
  );
}
