import { INERT } from '../inert';
import { LAYOUT } from '../layout';
import { counterGeometry } from './merged-room';
import { useStaticShadowMap } from './static-shadows';
import { surfaceMaterial } from './surface-material';
import { useCounterKind } from './useCounterKind';
import { useDisposable } from './useDisposable';

/**
 * The service counter between trainee and customer: body, stone top, terminal, monitor and
 * service bell merged into one draw call (./merged-room.ts), with the props of the scenario's kind
 * of counter (./counter-props.ts).
 */
export function ServiceCounter() {
  const kind = useCounterKind();
  const geometry = useDisposable(() => counterGeometry(kind), [kind]);
  const material = useDisposable(surfaceMaterial);
  useStaticShadowMap();
  return (
    // Named for the layout test: a customer's hand behind the counter is hidden by it, not by a panel.
    <group name="service-counter" position={[0, 0, LAYOUT.counter.z]} {...INERT}>
      <mesh geometry={geometry} material={material} castShadow receiveShadow />
    </group>
  );
}
