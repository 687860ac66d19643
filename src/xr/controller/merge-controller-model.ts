import {
  type Bone,
  type BufferGeometry,
  Float32BufferAttribute,
  type Material,
  Matrix4,
  Mesh,
  type Object3D,
  Skeleton,
  SkinnedMesh,
  Uint16BufferAttribute,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

const MERGED = 'counterpart-merged-controller';

/**
 * Turns a WebXR controller model (a body and one mesh per button, stick and trigger: six draw
 * calls per controller and eye on a Quest) into ONE skinned mesh whose bones are the original
 * part nodes. The profile's button animation keeps working: it moves the part nodes, and each
 * vertex follows its part's node as a bone with weight 1. The original meshes stay in the
 * hierarchy (names, transforms, the pointer's anchors) but are no longer drawn.
 *
 * Merges only when every part shares one material (true of every profile in public/profiles/);
 * otherwise the model is left as it is. Idempotent: a model merged once is left alone.
 * Returns the merged mesh, or null when nothing was merged.
 */
export function mergeControllerModel(model: Object3D): SkinnedMesh | null {
  const done = model.getObjectByName(MERGED);
  if (done instanceof SkinnedMesh) return done;
  const parts: Mesh[] = [];
  model.traverse((o) => {
    if (o instanceof Mesh && !(o instanceof SkinnedMesh) && o.geometry.getAttribute('position')) parts.push(o);
  });
  const material = parts[0]?.material as Material | Material[] | undefined;
  if (parts.length < 2 || !material || Array.isArray(material) || parts.some((p) => p.material !== material)) {
    return null;
  }
  model.updateWorldMatrix(true, true);
  const toModel = model.matrixWorld.clone().invert();
  const geometries: BufferGeometry[] = [];
  const boneInverses: Matrix4[] = [];
  for (const [i, part] of parts.entries()) {
    // The part's place in model space at bind time; its inverse is the bone's inverse bind matrix.
    const rest = toModel.clone().multiply(part.matrixWorld);
    boneInverses.push(rest.clone().invert());
    const g = part.geometry.clone();
    g.applyMatrix4(rest);
    for (const name of Object.keys(g.attributes)) {
      if (!['position', 'normal', 'uv', 'tangent'].includes(name)) g.deleteAttribute(name);
    }
    g.morphAttributes = {};
    const count = g.getAttribute('position').count;
    const index = new Uint16Array(count * 4);
    const weight = new Float32Array(count * 4);
    for (let v = 0; v < count; v++) {
      index[v * 4] = i;
      weight[v * 4] = 1;
    }
    g.setAttribute('skinIndex', new Uint16BufferAttribute(index, 4));
    g.setAttribute('skinWeight', new Float32BufferAttribute(weight, 4));
    geometries.push(g);
  }
  const indexed = geometries.every((g) => g.index)
    ? geometries
    : geometries.map((g) => (g.index ? g.toNonIndexed() : g));
  const common = Object.keys(indexed[0]?.attributes ?? {}).filter((n) => indexed.every((g) => g.getAttribute(n)));
  for (const g of indexed) for (const n of Object.keys(g.attributes)) if (!common.includes(n)) g.deleteAttribute(n);
  const merged = mergeGeometries(indexed, false);
  for (const g of new Set([...geometries, ...indexed])) g.dispose();
  if (!merged) return null;
  const mesh = new SkinnedMesh(merged, material);
  mesh.name = MERGED;
  // Pointer rays test the hidden original parts as before; a skinned raycast of the merged copy
  // would only add per-vertex skinning work to every ray from inside the controller.
  mesh.raycast = () => {};
  // Any Object3D serves as a bone: the skeleton reads only its matrixWorld.
  const skeleton = new Skeleton(parts as unknown as Bone[], boneInverses);
  model.add(mesh);
  mesh.bind(skeleton, new Matrix4());
  for (const part of parts) part.visible = false;
  return mesh;
}
