import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';

/**
 * Only static things cast shadows (the furniture and the counter; the customer, the panels, the
 * controllers and the hands cast none), so the shadow map is drawn when they change instead of
 * every frame: the shadow pass's draw calls and its CPU time leave the frame
 * (docs/performance.md, "Draw calls"). Call it in the component that owns the casters: it asks
 * for a redraw of the shadow map after every render of that component. A new shadow caster that
 * moves would need `autoUpdate` back on.
 */
export function useStaticShadowMap(): void {
  const gl = useThree((s) => s.gl);
  useLayoutEffect(() => {
    gl.shadowMap.autoUpdate = false;
    gl.shadowMap.needsUpdate = true;
  });
}
