/**
 * Assembles one customer: skeleton, the skinned body primitive, the face
 * primitive with its morph targets, and what the VRM extension needs to know.
 * Order of the steps matters only in that later parts read earlier surfaces.
 */
import { Matrix4, MeshStandardMaterial, Scene, Skeleton, SkinnedMesh } from 'three';
import { addFlatCap } from './accessories/flat-cap';
import { addGlasses } from './accessories/glasses';
import { addMoustache } from './accessories/moustache';
import type { AvatarContext } from './avatar-context';
import { addArms } from './body/arms';
import { addHands } from './body/hands';
import { addLegs } from './body/legs';
import { addNeck } from './body/neck';
import { addShoes } from './body/shoes';
import { addTorso } from './body/torso';
import { createTorsoSurface } from './body/torso-surface';
import { addSkirt } from './clothing/skirt';
import { addTop } from './clothing/tops';
import type { CustomerSpec } from './customer-spec';
import { buildFaceGeometry } from './face/face-mesh';
import type { ExpressionName } from './face/face-pose';
import { MeshBuilder } from './geometry/mesh-builder';
import { addHair } from './hair/hair-styles';
import { handLayout } from './hand-layout';
import { addHead } from './head/head-mesh';
import { createHeadSurface } from './head/head-surface';
import { createSkinTone } from './head/skin-tone';
import { createPalette } from './palette';
import { computeLandmarks } from './proportions';
import { buildRig, type Rig } from './rig';
import { createWeightField } from './skin-weights';

export interface BuiltAvatar {
  spec: CustomerSpec;
  scene: Scene;
  rig: Rig;
  body: SkinnedMesh;
  face: SkinnedMesh;
  morphIndex: ReadonlyMap<ExpressionName, number>;
  /** Eye centre relative to the head bone, for VRM lookAt. */
  lookAtOffset: readonly [number, number, number];
}

export function buildAvatar(spec: CustomerSpec): BuiltAvatar {
  const lm = computeLandmarks(spec);
  const hand = handLayout(lm, spec.sex === 'female');
  const rig = buildRig(lm, hand);
  const palette = createPalette(spec);
  const head = createHeadSurface(spec, lm.head);
  const ctx: AvatarContext = {
    spec,
    lm,
    rig,
    weights: createWeightField(lm, rig),
    hand,
    palette,
    torso: createTorsoSurface(spec, lm),
    head,
    body: new MeshBuilder(),
  };
  const skinTone = createSkinTone(spec, palette, head);

  addTorso(ctx);
  const sleeves = addTop(ctx);
  if (spec.outfit.legs === 'skirt') addSkirt(ctx);
  addNeck(ctx);
  addArms(ctx, sleeves);
  addHands(ctx);
  addLegs(ctx);
  addShoes(ctx);
  addHead(ctx, skinTone);
  addHair(ctx);
  if (spec.moustache) addMoustache(ctx);
  if (spec.glasses) addGlasses(ctx);
  if (spec.cap) addFlatCap(ctx);

  const jointIndex = (name: string) => rig.order.indexOf(name as (typeof rig.order)[number]);
  const scene = new Scene();
  scene.name = spec.id;
  scene.add(rig.root);
  scene.updateMatrixWorld(true);
  const skeleton = new Skeleton(rig.order.map((name) => rig.bones.get(name)).filter((b) => b !== undefined));

  // One material for body and face: a glossier face would shine where it overlaps the skin.
  const material = new MeshStandardMaterial({
    name: 'Skin and cloth',
    vertexColors: true,
    roughness: 0.82,
    metalness: 0,
  });
  const body = new SkinnedMesh(ctx.body.toGeometry(jointIndex), material);
  body.name = 'Body';

  const faceGeometry = buildFaceGeometry(ctx, skinTone);
  const face = new SkinnedMesh(faceGeometry.geometry, material);
  face.name = 'Face';
  face.updateMorphTargets();

  // Skinned meshes sit at the scene root with identity transforms (bind matrix = identity).
  for (const mesh of [body, face]) {
    scene.add(mesh);
    mesh.bind(skeleton, new Matrix4());
  }
  const headPos = rig.worldPosition('head');
  const eyeZ = head.project(0, head.face.eyeY).z;
  return {
    spec,
    scene,
    rig,
    body,
    face,
    morphIndex: faceGeometry.morphIndex,
    lookAtOffset: [0, head.face.eyeY - headPos.y, eyeZ - 0.012 - headPos.z],
  };
}
