/**
 * Builds the face primitive once per expression and stores the differences as
 * morph targets. The face is its own small mesh because three.js keeps one morph
 * texture per primitive: morphs on the whole body would cost 100× the memory.
 */
import { BufferAttribute, type BufferGeometry, type Color, type Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { MeshBuilder } from '../geometry/mesh-builder';
import { drawBrows } from './brows';
import { drawEyes } from './eyes';
import { FaceCanvas } from './face-canvas';
import { drawFaceLines } from './face-lines';
import { EXPRESSION_NAMES, type ExpressionName, type FacePose, NEUTRAL_POSE, poseFor } from './face-pose';
import { drawMouth } from './mouth';

export interface FaceGeometry {
  geometry: BufferGeometry;
  /** Morph target index per expression; neutral has none (it is the base shape). */
  morphIndex: ReadonlyMap<ExpressionName, number>;
}

export function buildFaceGeometry(ctx: AvatarContext, skinTone: (p: Vector3) => Color): FaceGeometry {
  const { head, spec, palette } = ctx;
  const tone2d = (x: number, y: number) => skinTone(head.project(x, y));
  const draw = (pose: FacePose): MeshBuilder => {
    const builder = new MeshBuilder();
    const canvas = new FaceCanvas(head, builder);
    // Order matters only for determinism: every pose must emit vertices identically.
    drawFaceLines(canvas, { spec, face: head.face, skinTone: tone2d }, pose);
    drawEyes(canvas, { spec, palette, face: head.face, skinTone: tone2d }, pose);
    drawBrows(canvas, { spec, face: head.face, color: palette.brows, skinTone: tone2d }, pose);
    drawMouth(canvas, { spec, face: head.face, lips: palette.lips, skinTone: tone2d }, pose);
    return builder;
  };

  const neutral = draw(NEUTRAL_POSE);
  const geometry = neutral.toGeometry(() => ctx.rig.order.indexOf('head'));
  const base = neutral.positionArray();
  const morphs: BufferAttribute[] = [];
  const morphIndex = new Map<ExpressionName, number>();
  for (const name of EXPRESSION_NAMES) {
    if (name === 'neutral') continue;
    const posed = draw(poseFor(name)).positionArray();
    if (posed.length !== base.length) throw new Error(`expression ${name} changed the face topology`);
    const delta = new Float32Array(base.length);
    for (let i = 0; i < base.length; i++) delta[i] = (posed[i] ?? 0) - (base[i] ?? 0);
    const attribute = new BufferAttribute(delta, 3);
    attribute.name = name;
    morphIndex.set(name, morphs.length);
    morphs.push(attribute);
  }
  geometry.morphAttributes.position = morphs;
  geometry.morphTargetsRelative = true;
  return { geometry, morphIndex };
}
