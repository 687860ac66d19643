import { useSession } from '../../state/session';
import { LAYOUT } from '../layout';
import { counterProps } from './counter-props';
import { mergeBoxes } from './merge-boxes';
import { useDisposable } from './useDisposable';

const { width, depth, height } = LAYOUT.counter;

/**
 * The service counter between trainee and customer: a wood-panelled body with a stone top, a
 * service bell, a card terminal and a monitor on the trainee's side. Static parts are merged by
 * material, so the counter costs a handful of draw calls; the props of the scenario's kind of
 * counter (counter-props.ts) join the same merged body.
 */
export function ServiceCounter() {
  const kind = useSession((s) => s.scenario?.counter?.kind ?? 'repair');
  const body = useDisposable(
    () =>
      mergeBoxes([
        { at: [0, (height - 0.04) / 2, 0], size: [width, height - 0.04, depth - 0.06], color: '#8a5a3c' },
        { at: [0, 0.05, -depth / 2 + 0.02], size: [width - 0.02, 0.1, 0.02], color: '#3b2a1f' }, // kick plate
        ...[-0.8, -0.4, 0, 0.4, 0.8].map((x) => ({
          at: [x, 0.55, -depth / 2 + 0.025] as const,
          size: [0.36, 0.7, 0.012] as const,
          color: '#a0704d',
        })), // front panels
        { at: [-0.75, 1.05, 0.12], size: [0.1, 0.02, 0.16], color: '#26292d' }, // terminal base
        { at: [-0.75, 1.08, 0.1], size: [0.085, 0.06, 0.13], color: '#303338' }, // terminal
        { at: [0.98, 1.05, 0.2], size: [0.18, 0.02, 0.12], color: '#2b2e33' }, // monitor foot
        { at: [0.98, 1.13, 0.21], size: [0.035, 0.16, 0.025], color: '#2b2e33' }, // monitor stand
        { at: [0.98, 1.29, 0.2], size: [0.42, 0.26, 0.025], color: '#1d2024' }, // monitor
        { at: [0.42, 1.055, -0.12], size: [0.16, 0.03, 0.12], color: '#f1ece4' }, // leaflet stack
        ...counterProps(kind),
      ]),
    [kind],
  );
  return (
    // Named for the layout test: a customer's hand behind the counter is hidden by it, not by a panel.
    <group name="service-counter" position={[0, 0, LAYOUT.counter.z]}>
      <mesh geometry={body} castShadow receiveShadow>
        <meshStandardMaterial vertexColors roughness={0.55} />
      </mesh>
      <mesh position={[0, height - 0.02, 0]} castShadow receiveShadow>
        <boxGeometry args={[width + 0.06, 0.04, depth + 0.02]} />
        <meshStandardMaterial color="#6f655c" roughness={0.35} metalness={0.05} />
      </mesh>
      <mesh position={[-0.75, 1.112, 0.1]} rotation-x={-0.5}>
        <planeGeometry args={[0.06, 0.035]} />
        <meshStandardMaterial color="#3b8ed0" emissive="#3b8ed0" emissiveIntensity={0.6} />
      </mesh>
      <mesh position={[0.98, 1.29, 0.2135]}>
        <planeGeometry args={[0.39, 0.23]} />
        <meshStandardMaterial color="#dfe9f2" emissive="#9fc4e6" emissiveIntensity={0.35} />
      </mesh>
      <ServiceBell />
    </group>
  );
}

/** The brass service bell on the customer's side of the counter. */
function ServiceBell() {
  return (
    <group position={[-0.35, height, -0.16]}>
      <mesh position={[0, 0.012, 0]} castShadow>
        <cylinderGeometry args={[0.045, 0.05, 0.024, 24]} />
        <meshStandardMaterial color="#2a2a2a" roughness={0.4} />
      </mesh>
      <mesh position={[0, 0.028, 0]} castShadow>
        <sphereGeometry args={[0.04, 24, 12, 0, Math.PI * 2, 0, Math.PI / 2]} />
        <meshStandardMaterial color="#c9a24a" metalness={0.9} roughness={0.25} />
      </mesh>
    </group>
  );
}
