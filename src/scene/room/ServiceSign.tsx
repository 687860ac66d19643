import { LAYOUT } from '../layout';
import { signTexture } from './sign-texture';
import { useDisposable } from './useDisposable';

/** The "Kundenservice" sign on the back wall, above the right-hand shelves (LAYOUT.sign). */
export function ServiceSign() {
  const texture = useDisposable(signTexture);
  return (
    <mesh position={[LAYOUT.sign.x, LAYOUT.sign.y, LAYOUT.room.backWallZ + 0.03]}>
      <planeGeometry args={[1.8, 0.45]} />
      <meshStandardMaterial map={texture} roughness={0.6} />
    </mesh>
  );
}
