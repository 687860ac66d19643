import { LAYOUT } from '../layout';
import { mergeBoxes } from './merge-boxes';
import { useDisposable } from './useDisposable';

/** Flat ceiling panels that glow warm white; the light itself comes from Lighting. */
export function CeilingLamps() {
  const y = LAYOUT.room.height - 0.02;
  const geometry = useDisposable(() =>
    mergeBoxes(
      [-1.6, 0, 1.6].flatMap((x) =>
        [-2.2, -0.4, 1.4].map((z) => ({ at: [x, y, z] as const, size: [0.9, 0.03, 0.5] as const, color: '#ffffff' })),
      ),
    ),
  );
  return (
    <mesh geometry={geometry}>
      <meshStandardMaterial vertexColors emissive="#fff1d6" emissiveIntensity={1.4} toneMapped={false} />
    </mesh>
  );
}
