/**
 * Loads every generated avatar the way the app does (GLTFLoader + three-vrm's
 * VRMLoaderPlugin), but in Node, and checks what the app relies on: a VRM 1.0
 * with the right meta, every expression, the humanoid bones, look-at, T-pose
 * facing +Z on the floor at a realistic height. It also rebuilds each avatar in
 * memory and compares bytes with the file on disk (deterministic and up to date).
 * Usage: npx tsx scripts/avatars/verify-avatars.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type VRM, VRMLoaderPlugin, VRMUtils } from '@pixiv/three-vrm';
import { Box3, type Mesh, type Object3D, Vector3 } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { REQUIRED_BONES, type VrmBoneName } from './bone-names';
import { buildAvatar } from './build-avatar';
import { readCustomerSpecs } from './customer-spec';
import { EXPRESSION_NAMES } from './face/face-pose';
import { exportVrm } from './vrm/export-vrm';
import { VRM_AUTHOR, VRM_LICENSE_URL } from './vrm/vrm-extension';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTRA_BONES: readonly VrmBoneName[] = ['neck', 'chest', 'upperChest', 'leftShoulder', 'rightShoulder'];
const MAX_BYTES = 1024 * 1024;
const MAX_DRAW_CALLS = 20;

interface Report {
  id: string;
  kilobytes: number;
  triangles: number;
  drawCalls: number;
  heightM: number;
  problems: string[];
}

async function loadVrm(bytes: Uint8Array): Promise<{ vrm: VRM | undefined; scene: Object3D }> {
  const loader = new GLTFLoader();
  loader.register((parser) => new VRMLoaderPlugin(parser));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const gltf = await loader.parseAsync(buffer, '');
  return { vrm: gltf.userData.vrm as VRM | undefined, scene: gltf.scene };
}

function countRendering(scene: Object3D): { triangles: number; drawCalls: number } {
  let triangles = 0;
  let drawCalls = 0;
  scene.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh) return;
    const geometry = mesh.geometry;
    const count = geometry.index ? geometry.index.count : (geometry.attributes.position?.count ?? 0);
    // GLTFLoader makes one Mesh per primitive; several materials on one mesh would be one call each.
    const materials = Array.isArray(mesh.material) ? mesh.material.length : 1;
    triangles += count / 3;
    drawCalls += materials;
  });
  return { triangles, drawCalls };
}

function checkVrm(vrm: VRM, scene: Object3D, problems: string[]): number {
  const meta = vrm.meta;
  if (meta.metaVersion !== '1') problems.push(`meta version ${meta.metaVersion}, expected VRM 1.0`);
  else {
    if (meta.licenseUrl !== VRM_LICENSE_URL) problems.push(`licenseUrl ${meta.licenseUrl}`);
    if (!meta.authors.includes(VRM_AUTHOR)) problems.push(`authors ${meta.authors.join(', ')}`);
    if (!meta.name) problems.push('meta name missing');
  }
  const expressions = vrm.expressionManager;
  for (const name of EXPRESSION_NAMES) {
    const expression = expressions?.getExpression(name);
    if (!expression) problems.push(`expression ${name} missing`);
    else if (name !== 'neutral' && expression.binds.length === 0) problems.push(`expression ${name} moves nothing`);
  }
  // The app's clean-up (src/scene/avatar/vrm-avatar-loader.ts) must leave expressions working;
  // then drive one end to end: the weight must reach the face mesh's morph target.
  VRMUtils.removeUnnecessaryVertices(scene);
  VRMUtils.combineSkeletons(scene);
  VRMUtils.combineMorphs(vrm);
  expressions?.setValue('angry', 1);
  vrm.update(0);
  let reached = false;
  scene.traverse((object) => {
    const mesh = object as Mesh;
    const index = mesh.morphTargetDictionary?.angry;
    if (index !== undefined && (mesh.morphTargetInfluences?.[index] ?? 0) > 0.99) reached = true;
  });
  if (!reached) problems.push('setting "angry" did not move the face morph');
  expressions?.setValue('angry', 0);
  vrm.update(0);
  for (const bone of [...REQUIRED_BONES, ...EXTRA_BONES]) {
    if (!vrm.humanoid.getRawBoneNode(bone)) problems.push(`bone ${bone} missing`);
  }
  if (!vrm.lookAt) problems.push('lookAt missing');

  scene.updateMatrixWorld(true);
  const left = vrm.humanoid.getRawBoneNode('leftHand')?.getWorldPosition(new Vector3());
  const right = vrm.humanoid.getRawBoneNode('rightHand')?.getWorldPosition(new Vector3());
  const head = vrm.humanoid.getRawBoneNode('head')?.getWorldPosition(new Vector3());
  if (!left || !right || left.x <= 0.5 || right.x >= -0.5) problems.push('not a T-pose with the left hand on +X');
  if (head && left && Math.abs(left.y - head.y) > 0.4) problems.push('arms not horizontal (T-pose)');
  // Facing +Z: the eyes (look-at origin) are in front of the head bone.
  const eyesZ = vrm.lookAt?.offsetFromHeadBone.z ?? 0;
  if (eyesZ <= 0) problems.push('face does not point to +Z');

  const box = new Box3().setFromObject(scene, true);
  if (Math.abs(box.min.y) > 0.01) problems.push(`feet at y=${box.min.y.toFixed(3)}, not on the floor`);
  const height = box.max.y - box.min.y;
  if (height < 1.55 || height > 1.9) problems.push(`height ${height.toFixed(2)} m outside 1.55–1.90`);
  return height;
}

async function verify(id: string, bytes: Uint8Array, fresh: Uint8Array): Promise<Report> {
  const problems: string[] = [];
  const { vrm, scene } = await loadVrm(bytes);
  const { triangles, drawCalls } = countRendering(scene);
  let heightM = 0;
  if (!vrm) problems.push('no VRM found (is VRMC_vrm in extensionsUsed?)');
  else heightM = checkVrm(vrm, scene, problems);
  if (bytes.byteLength >= MAX_BYTES) problems.push(`file ${bytes.byteLength} bytes ≥ 1 MB`);
  if (drawCalls >= MAX_DRAW_CALLS) problems.push(`${drawCalls} draw calls`);
  const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  if (digest(bytes) !== digest(fresh))
    problems.push('file differs from a fresh build: re-run generate-avatars (or it is not deterministic)');
  return { id, kilobytes: Math.round(bytes.byteLength / 1024), triangles, drawCalls, heightM, problems };
}

async function main(): Promise<void> {
  const specs = readCustomerSpecs(join(root, 'assets/avatars/customers.json'));
  const reports: Report[] = [];
  for (const spec of specs) {
    const bytes = new Uint8Array(readFileSync(join(root, 'public/avatars', `${spec.id}.vrm`)));
    reports.push(await verify(spec.id, bytes, await exportVrm(buildAvatar(spec))));
  }
  console.log('id           size KB  triangles  draw calls  height m');
  for (const r of reports) {
    console.log(
      `${r.id.padEnd(12)} ${String(r.kilobytes).padStart(7)}  ${String(r.triangles).padStart(9)}  ${String(r.drawCalls).padStart(10)}  ${r.heightM.toFixed(2).padStart(8)}  ${r.problems.length === 0 ? 'ok' : r.problems.join('; ')}`,
    );
  }
  if (reports.some((r) => r.problems.length > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
