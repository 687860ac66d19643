import type { VRM } from '@pixiv/three-vrm';

/** Shows or hides three-vrm's MToon outline passes (materials flagged `isOutline`); hidden ones cost no draw call. */
export function setOutlines(vrm: VRM, visible: boolean): void {
  vrm.scene.traverse((object) => {
    const material = (object as { material?: unknown }).material;
    const materials = Array.isArray(material) ? material : [material];
    for (const m of materials) {
      if (m && typeof m === 'object' && (m as { isOutline?: boolean }).isOutline)
        (m as { visible: boolean }).visible = visible;
    }
  });
}
