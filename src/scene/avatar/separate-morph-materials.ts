import { type VRM, VRMExpressionMaterialColorBind, VRMExpressionTextureTransformBind } from '@pixiv/three-vrm';
import type { BufferGeometry, Material, Mesh, Object3D } from 'three';

/** The morph layout three compiles into a program: targets, normals, colours and their count. */
function morphLayout(geometry: BufferGeometry): string {
  const { position, normal, color } = geometry.morphAttributes;
  const count = (position ?? normal ?? color)?.length ?? 0;
  return `${count}:${position ? 'p' : ''}${normal ? 'n' : ''}${color ? 'c' : ''}`;
}

const isMesh = (object: Object3D): object is Mesh => (object as Mesh).isMesh === true;

/**
 * Gives every morph layout its own copy of a shared material. three keeps one program state per
 * material: a material drawn on a mesh with morph targets (the face) and on one without (the
 * body) looks changed at every draw, so the renderer rebuilds its program parameters twice a
 * frame (per eye in VR) — about 6 KB of garbage and a program-cache lookup each time. The
 * copies keep what the VRM does to materials: each is updated with the VRM's materials (MToon's
 * UV animation) and gets the expression binds (colour, texture transform) of its original.
 * Returns how many copies were made. Run after three-vrm's clean-up, which changes morphs.
 */
export function separateMorphMaterials(vrm: VRM): number {
  const firstLayout = new Map<Material, string>();
  const copies = new Map<Material, Map<string, Material>>();
  const made: [original: Material, copy: Material][] = [];
  const own = (material: Material, layout: string): Material => {
    const first = firstLayout.get(material);
    if (first === undefined) {
      firstLayout.set(material, layout);
      return material;
    }
    if (first === layout) return material;
    let byLayout = copies.get(material);
    if (!byLayout) {
      byLayout = new Map();
      copies.set(material, byLayout);
    }
    let copy = byLayout.get(layout);
    if (!copy) {
      copy = material.clone();
      byLayout.set(layout, copy);
      made.push([material, copy]);
    }
    return copy;
  };
  vrm.scene.traverse((object) => {
    if (!isMesh(object)) return;
    const layout = morphLayout(object.geometry);
    object.material = Array.isArray(object.material)
      ? object.material.map((m) => own(m, layout))
      : own(object.material, layout);
  });
  for (const [original, copy] of made) {
    if (vrm.materials?.includes(original)) vrm.materials.push(copy);
    for (const expression of vrm.expressionManager?.expressions ?? []) {
      for (const bind of [...expression.binds]) {
        if (bind instanceof VRMExpressionMaterialColorBind && bind.material === original) {
          expression.addBind(
            new VRMExpressionMaterialColorBind({
              material: copy,
              type: bind.type,
              targetValue: bind.targetValue,
              targetAlpha: bind.targetAlpha,
            }),
          );
        } else if (bind instanceof VRMExpressionTextureTransformBind && bind.material === original) {
          expression.addBind(
            new VRMExpressionTextureTransformBind({ material: copy, scale: bind.scale, offset: bind.offset }),
          );
        }
      }
    }
  }
  return made.length;
}
