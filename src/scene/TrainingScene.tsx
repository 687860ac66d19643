import { Canvas } from '@react-three/fiber';
import { type ReactNode, Suspense } from 'react';
import { ACESFilmicToneMapping } from 'three';
import { useSession } from '../state/session';
import { useXrPresence } from '../state/xr-presence';
import { CustomerStage } from './CustomerStage';
import { DesktopLook } from './DesktopLook';
import { Lighting } from './Lighting';
import { LoadingReporter } from './LoadingReporter';
import { LAYOUT } from './layout';
import { PoseCapture } from './PoseCapture';
import { ConversationPanels } from './panels/ConversationPanels';
import { Room } from './room/Room';
import { ServiceCounter } from './room/ServiceCounter';
import { SceneProbe } from './SceneProbe';
import { BodyLanguageSensor } from './sensing/BodyLanguageSensor';
import { useStageAnimating } from './stage-activity';

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
 * where the browser offers VR, the lazily loaded XR layer (src/xr/session/xr-layer.tsx) wraps it
 * in <XR> with the trainee's origin behind the counter, and the desktop camera control steps
 * aside while a session is presenting.
 */
export function TrainingScene({ stage }: TrainingSceneProps = {}) {
  const screen = useSession((s) => s.screen);
  const presenting = useXrPresence((s) => s.session != null);
  const stageAnimating = useStageAnimating();
  // Loaded only where the browser offers immersive VR (src/xr/session/vr-support.ts).
  const xr = useXrPresence((s) => s.layer);
  const content = (
    <>
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
      {!stage && !presenting && <DesktopLook />}
      <SceneProbe />
      {/* body-language sensing */}
      {!stage && <BodyLanguageSensor />}
      <PoseCapture />
    </>
  );
  return (
    <>
      <LoadingReporter />
      <Canvas
        className="scene"
        shadows="percentage"
        dpr={[1, 2]}
        frameloop={(stage ? stageAnimating : screen !== 'menu') ? 'always' : 'demand'}
        camera={{
          fov: 70,
          near: 0.05,
          far: 30,
          position: [LAYOUT.trainee.x, LAYOUT.trainee.eyeHeight, LAYOUT.trainee.z],
        }}
        gl={{ antialias: true, toneMapping: ACESFilmicToneMapping, localClippingEnabled: true }}
        aria-hidden="true"
      >
        {xr ? <xr.Layer>{content}</xr.Layer> : content}
      </Canvas>
    </>
  );
}
