import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { seeCasters } from './room/shadow-casters';

/**
 * Warm indoor light: a soft sky/ground fill, a key light from the ceiling with soft shadows, and
 * reflections from three's procedural RoomEnvironment (generated on the GPU, nothing downloaded —
 * drei's Environment presets would fetch HDR files from a CDN).
 */
export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    scene.environment = target.texture;
    scene.environmentIntensity = 0.45;
    room.dispose();
    pmrem.dispose();
    return () => {
      scene.environment = null;
      target.dispose();
    };
  }, [gl, scene]);
  return (
    <>
      <hemisphereLight args={['#fff4e5', '#7a5c44', 0.9]} />
      <directionalLight
        ref={seeCasters}
        position={[1.2, 2.9, 1.4]}
        intensity={1.6}
        color="#ffe8c8"
        castShadow
        shadow-mapSize={[1024, 1024]}
        shadow-bias={-0.0004}
        shadow-normalBias={0.02}
        shadow-radius={4}
        shadow-camera-left={-2.2}
        shadow-camera-right={2.2}
        shadow-camera-top={2.6}
        shadow-camera-bottom={-0.5}
        shadow-camera-near={0.5}
        shadow-camera-far={7}
      />
      <pointLight position={[0, 2.4, -1.6]} intensity={2.2} distance={5} decay={1.6} color="#ffd9a8" />
    </>
  );
}
