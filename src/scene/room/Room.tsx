import { INERT } from '../inert';
import { LAYOUT } from '../layout';
import { floorTexture } from './floor-texture';
import { roomFurniture, roomShell } from './merged-room';
import { ServiceSign } from './ServiceSign';
import { useStaticShadowMap } from './static-shadows';
import { surfaceMaterial } from './surface-material';
import { useCounterKind } from './useCounterKind';
import { useDisposable } from './useDisposable';

const { width, depth, backWallZ } = LAYOUT.room;

/** The service hall: wooden floor, warm walls, ceiling, shelves with products and the service sign. */
export function Room() {
  const floor = useDisposable(floorTexture);
  // Walls, ceiling (with its lamps) and furniture merged by shadow role, one shared material (./merged-room.ts).
  const shell = useDisposable(roomShell);
  // The shelves show what the scenario's kind of counter sells; rebuilt only when it changes.
  const kind = useCounterKind();
  const furniture = useDisposable(() => roomFurniture(kind), [kind]);
  const material = useDisposable(surfaceMaterial);
  useStaticShadowMap();
  return (
    <group name="room" {...INERT}>
      <mesh rotation-x={-Math.PI / 2} position={[0, 0, backWallZ + depth / 2]} receiveShadow>
        <planeGeometry args={[width, depth]} />
        <meshStandardMaterial map={floor} roughness={0.7} />
      </mesh>
      <mesh geometry={shell} material={material} receiveShadow />
      <mesh geometry={furniture} material={material} castShadow receiveShadow name="back-shelves" userData={{ kind }} />
      <ServiceSign />
    </group>
  );
}
