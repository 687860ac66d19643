import { LAYOUT } from '../layout';
import { BackShelves } from './BackShelves';
import { CeilingLamps } from './CeilingLamps';
import { floorTexture } from './floor-texture';
import { HallDetails } from './HallDetails';
import { ServiceSign } from './ServiceSign';
import { useDisposable } from './useDisposable';

const { width, depth, height, backWallZ } = LAYOUT.room;
const frontZ = backWallZ + depth;

/** The service hall: wooden floor, warm walls, ceiling, shelves with products and the service sign. */
export function Room() {
  const floor = useDisposable(floorTexture);
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} position={[0, 0, backWallZ + depth / 2]} receiveShadow>
        <planeGeometry args={[width, depth]} />
        <meshStandardMaterial map={floor} roughness={0.7} />
      </mesh>
      <mesh position={[0, height / 2, backWallZ]} receiveShadow>
        <planeGeometry args={[width, height]} />
        <meshStandardMaterial color="#e9dccb" roughness={0.95} />
      </mesh>
      <mesh position={[-width / 2, height / 2, backWallZ + depth / 2]} rotation-y={Math.PI / 2} receiveShadow>
        <planeGeometry args={[depth, height]} />
        <meshStandardMaterial color="#d8c6ae" roughness={0.95} />
      </mesh>
      <mesh position={[width / 2, height / 2, backWallZ + depth / 2]} rotation-y={-Math.PI / 2} receiveShadow>
        <planeGeometry args={[depth, height]} />
        <meshStandardMaterial color="#d8c6ae" roughness={0.95} />
      </mesh>
      <mesh position={[0, height / 2, frontZ]} rotation-y={Math.PI}>
        <planeGeometry args={[width, height]} />
        <meshStandardMaterial color="#d8c6ae" roughness={0.95} />
      </mesh>
      <mesh position={[0, height, backWallZ + depth / 2]} rotation-x={Math.PI / 2}>
        <planeGeometry args={[width, depth]} />
        <meshStandardMaterial color="#f4eee6" roughness={1} />
      </mesh>
      <BackShelves />
      <ServiceSign />
      <CeilingLamps />
      <HallDetails />
    </group>
  );
}
