import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { ACESFilmicToneMapping } from 'three';
import type { SceneFigures } from '../../../src/scene/SceneProbe';

declare global {
  interface Window {
    /** This page's frame counter and renderer figures, the same shape as the app's probe. */
    __benchEmptyScene?: { figures(): SceneFigures };
  }
}

/** Counts frames and reads renderer figures, like the app's SceneProbe. */
function Probe() {
  const gl = useThree((s) => s.gl);
  const last = useRef({ calls: 0, triangles: 0, frames: 0, speakingFrames: 0, speaking: false, lineFrames: 0 });
  useEffect(() => {
    window.__benchEmptyScene = {
      figures: () => ({
        ...last.current,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
      }),
    };
  }, [gl]);
  useFrame(() => {
    last.current.calls = gl.info.render.calls;
    last.current.triangles = gl.info.render.triangles;
    last.current.frames += 1;
  });
  return null;
}

/** The baseline: R3F's render loop with the app's canvas settings and one lit box. */
function EmptyScene() {
  return (
    <Canvas
      shadows="percentage"
      dpr={[1, 2]}
      camera={{ fov: 70, near: 0.05, far: 30, position: [0, 1.6, 1.5] }}
      gl={{ antialias: true, toneMapping: ACESFilmicToneMapping, localClippingEnabled: true }}
    >
      <ambientLight intensity={0.5} />
      <directionalLight position={[1, 3, 2]} />
      <mesh position={[0, 1.2, 0]}>
        <boxGeometry args={[0.4, 0.4, 0.4]} />
        <meshStandardMaterial color="#c08050" />
      </mesh>
      <Probe />
    </Canvas>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<EmptyScene />);
