import { INERT } from '../inert';
import { roomFurniture, roomSurfaces } from './merged-room';
import { ServiceSign } from './ServiceSign';
import { castOnly } from './shadow-casters';
import { useStaticShadowMap } from './static-shadows';
import { surfaceMaterial } from './surface-material';
import { useCounterKind } from './useCounterKind';
import { useDisposable } from './useDisposable';

/** The service hall: wooden floor, warm walls, ceiling, shelves with products and the service sign. */
export function Room() {
  // The shelves show what the scenario's kind of counter sells; rebuilt only when it changes.
  const kind = useCounterKind();
  // The furniture casts the room's shadows, drawn only into the shadow map (./shadow-casters.ts) …
  const casters = useDisposable(() => roomFurniture(kind), [kind]);
  // … and is drawn with floor, walls and ceiling (with its lamps) as one mesh, one material (./merged-room.ts).
  const surfaces = useDisposable(() => roomSurfaces(casters), [casters]);
  const material = useDisposable(surfaceMaterial);
  useStaticShadowMap();
  return (
    <group name="room" {...INERT}>
      <mesh geometry={surfaces} material={material} receiveShadow name="room-surfaces" userData={{ kind }} />
      <mesh ref={castOnly} geometry={casters} material={material} castShadow />
      <ServiceSign />
    </group>
  );
}
