import { INERT } from '../inert';
import { roomFurniture, roomShell } from './merged-room';
import { ServiceSign } from './ServiceSign';
import { useStaticShadowMap } from './static-shadows';
import { surfaceMaterial } from './surface-material';
import { useCounterKind } from './useCounterKind';
import { useDisposable } from './useDisposable';

/** The service hall: wooden floor, warm walls, ceiling, shelves with products and the service sign. */
export function Room() {
  // Floor, walls, ceiling (with its lamps) and furniture merged by shadow role, one shared material (./merged-room.ts).
  const shell = useDisposable(roomShell);
  // The shelves show what the scenario's kind of counter sells; rebuilt only when it changes.
  const kind = useCounterKind();
  const furniture = useDisposable(() => roomFurniture(kind), [kind]);
  const material = useDisposable(surfaceMaterial);
  useStaticShadowMap();
  return (
    <group name="room" {...INERT}>
      <mesh geometry={shell} material={material} receiveShadow />
      <mesh geometry={furniture} material={material} castShadow receiveShadow name="back-shelves" userData={{ kind }} />
      <ServiceSign />
    </group>
  );
}
