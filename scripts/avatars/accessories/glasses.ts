/**
 * Glasses: two rounded-rectangle (or sharper rectangular) rims, a bridge and temples back to the
 * ears. No lenses: transparent glass would cost a sorted draw call and add
 * reflections that hide the eyes the trainee needs to read.
 */
import { Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { range, signedPow } from '../geometry/math';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';

const WIRE = 0.0017;

export function addGlasses(ctx: AvatarContext): void {
  const { head, palette } = ctx;
  const { face } = head;
  const bones = ctx.weights.rigid('head');
  const frontZ = (x: number, y: number) => head.project(x, y).z + 0.013;
  const cy = face.eyeY - 0.003;
  // Rectangular frames are a little wider and flatter, with sharper corners.
  const rectangular = ctx.spec.glassesShape === 'rectangular';
  const halfW = rectangular ? 0.025 : 0.0235;
  const halfH = rectangular ? 0.0135 : 0.0165;
  const corner = rectangular ? 0.3 : 0.6;
  for (const side of [1, -1] as const) {
    const cx = side * (face.eyeSpacing + 0.002);
    const rim = range(0, 2 * Math.PI, 29)
      .slice(0, -1)
      .map((a) => {
        const x = cx + halfW * signedPow(Math.cos(a), corner);
        const y = cy + halfH * signedPow(Math.sin(a), corner);
        return {
          center: new Vector3(x, y, frontZ(cx, cy) - 0.004 * ((x - cx) / halfW) ** 2 * side * Math.sign(x - cx)),
          radiusUp: WIRE,
          radiusSide: WIRE,
        };
      });
    addGrid(ctx.body, tubeRings(rim, { segments: 6, up: new Vector3(0, 0, 1), closedPath: true }), {
      wrapColumns: true,
      wrapRows: true,
      color: () => palette.glasses,
      bones,
    });
    // Temple arm from the rim's outer edge back over the ear.
    const hinge = new Vector3(cx + side * halfW, cy + halfH * 0.55, frontZ(cx, cy) - 0.005);
    const earT = head.tAt(face.eyeY + 0.01);
    const ear = head.point(earT, side * 1.72).addScaledVector(head.normal(earT, side * 1.72), 0.003);
    const temple = range(0, 1, 6).map((u) => {
      const p = hinge.clone().lerp(ear, u);
      // Bow outwards around the temples instead of cutting through them.
      p.x += side * 0.006 * Math.sin(Math.PI * u);
      return { center: p, radiusUp: WIRE * 1.1, radiusSide: WIRE * 0.8 };
    });
    addGrid(ctx.body, tubeRings(temple, { segments: 6, up: new Vector3(0, 1, 0) }), {
      wrapColumns: true,
      color: () => palette.glasses,
      bones,
      capEnd: palette.glasses,
    });
  }
  const bridge = range(-1, 1, 7).map((u) => {
    const x = u * (face.eyeSpacing - halfW + 0.003);
    return {
      center: new Vector3(x, cy + halfH * 0.35 + 0.003 * (1 - u * u), frontZ(0, cy) - 0.001),
      radiusUp: WIRE,
      radiusSide: WIRE,
    };
  });
  addGrid(ctx.body, tubeRings(bridge, { segments: 6, up: new Vector3(0, 0, 1) }), {
    wrapColumns: true,
    color: () => palette.glasses,
    bones,
  });
}
