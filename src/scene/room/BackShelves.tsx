import { useSession } from '../../state/session';
import { LAYOUT } from '../layout';
import { shelfBoxes } from './counter-props';
import { mergeBoxes } from './merge-boxes';
import { useDisposable } from './useDisposable';

/**
 * Shelf units along the back wall, filled with what the scenario's kind of counter sells
 * (counter-props.ts): one merged geometry, one draw call, rebuilt only when the kind changes.
 */
export function BackShelves() {
  const kind = useSession((s) => s.scenario?.counter?.kind ?? 'repair');
  const geometry = useDisposable(() => mergeBoxes(shelfBoxes(kind, LAYOUT.room.backWallZ)), [kind]);
  return (
    <mesh geometry={geometry} castShadow receiveShadow name="back-shelves" userData={{ kind }}>
      <meshStandardMaterial vertexColors roughness={0.7} />
    </mesh>
  );
}
