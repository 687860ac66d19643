import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';

/** Draw calls of one rendered frame, grouped by the part of the scene that made them. */
export interface DrawCensusRow {
  /** The scene part (see `partOf`), with `shadow:` in front for the shadow-map pass. */
  part: string;
  calls: number;
}

/** Which part of the scene an object belongs to: the nearest ancestor with a name the census knows. */
export function partOf(object: Object3D): string {
  for (let o: Object3D | null = object; o; o = o.parent) {
    const n = o.name;
    if (n === 'customer') return 'customer';
    if (n === 'service-counter') return 'counter';
    if (n === 'room') return 'room';
    if (n.startsWith('panel-')) return 'panels';
    if (n.includes('controller') || n.startsWith('xr-controller')) return 'controllers';
    if (n.includes('hand') && !n.startsWith('panel')) return 'hands';
  }
  // uikit keeps its instanced backgrounds and glyphs in groups of its own, without names.
  const type = (object as { isInstancedMesh?: boolean }).isInstancedMesh ? 'instanced' : object.type;
  return `other:${type}:${object.name || object.parent?.name || '?'}`;
}

/**
 * Test and bench only (`?probe`): wraps the renderer for its next `render()` call and counts the
 * draw calls of that frame by scene part. The shadow map's draws pass no scene to
 * `renderBufferDirect`, which is how they are told apart. Rare, so it may allocate.
 */
export function drawCallCensus(gl: WebGLRenderer): Promise<DrawCensusRow[]> {
  return new Promise((resolve) => {
    const counts = new Map<string, number>();
    const direct = gl.renderBufferDirect;
    const render = gl.render;
    gl.render = (scene: Object3D, camera: Camera) => {
      gl.renderBufferDirect = (cam, drawScene, geometry, material, object, group) => {
        const key = `${drawScene ? '' : 'shadow:'}${partOf(object)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        direct.call(gl, cam, drawScene as Scene, geometry, material, object, group);
      };
      try {
        render.call(gl, scene, camera);
      } finally {
        gl.renderBufferDirect = direct;
        gl.render = render;
        resolve([...counts].map(([part, calls]) => ({ part, calls })).sort((a, b) => b.calls - a.calls));
      }
    };
  });
}
