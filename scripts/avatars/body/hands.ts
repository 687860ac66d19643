/**
 * Hands with a palm, four fingers and a thumb, each finger on its own three
 * bones so gestures (pointing, a fist, a raised palm) can bend them.
 * Built in the left hand's wrist space (see hand-layout.ts) and mirrored.
 */
import { Vector3 } from 'three';
import type { AvatarContext } from '../avatar-context';
import { fingerSegmentNames, type Side, sideBone } from '../bone-names';
import { curve, type Key, range } from '../geometry/math';
import type { BoneWeights } from '../geometry/mesh-builder';
import { addGrid } from '../geometry/surface-grid';
import { tubeRings } from '../geometry/tube';
import type { FingerLayout } from '../hand-layout';
import { chainWeights } from '../skin-weights';

export function addHands(ctx: AvatarContext): void {
  for (const side of ['left', 'right'] as const) {
    addPalm(ctx, side);
    for (const finger of ctx.hand.fingers) addFinger(ctx, side, finger);
  }
}

/** Maps wrist-space points of the left hand to world space for either side. */
function toWorld(ctx: AvatarContext, side: Side): (p: Vector3) => Vector3 {
  const wrist = ctx.rig.worldPosition(sideBone(side, 'Hand'));
  const s = side === 'left' ? 1 : -1;
  return (p) => new Vector3(wrist.x + s * p.x, wrist.y + p.y, wrist.z + p.z);
}

function addPalm(ctx: AvatarContext, side: Side): void {
  const { palmLength: L, palmWidth: W, palmThickness: T } = ctx.hand;
  const world = toWorld(ctx, side);
  // Half-thickness and half-width from inside the cuff to just past the knuckles.
  const thickness: Key[] = [
    [-0.05, 0.6],
    [0, 0.62],
    [0.35 * L, 0.58],
    [0.8 * L, 0.5],
    [1.0 * L, 0.42],
    [1.08 * L, 0.2],
  ];
  const width: Key[] = [
    [-0.05, 0.29],
    [0, 0.32],
    [0.35 * L, 0.46],
    [0.8 * L, 0.5],
    [1.0 * L, 0.49],
    [1.08 * L, 0.4],
  ];
  const sections = range(-0.05, 1.08 * L, 12).map((x) => ({
    center: world(new Vector3(x, -0.002, 0.001)),
    radiusUp: T * curve(thickness, x),
    radiusSide: W * curve(width, x),
    squareness: x < 0.01 ? 2.2 : 2.9,
  }));
  const rows = tubeRings(sections, { segments: 16, up: new Vector3(0, 1, 0) });
  addGrid(ctx.body, rows, {
    wrapColumns: true,
    color: () => ctx.palette.skin,
    bones: ctx.weights.rigid(sideBone(side, 'Hand')),
    capEnd: ctx.palette.skin,
  });
}

function addFinger(ctx: AvatarContext, side: Side, layout: FingerLayout): void {
  const world = toWorld(ctx, side);
  const [l0, l1, l2] = layout.segments;
  const total = l0 + l1 + l2;
  const r = layout.radius;
  const thumb = layout.finger === 'Thumb';
  // Radius along the finger; the thumb starts thick (the ball of the thumb).
  const radius: Key[] = thumb
    ? [
        [-0.01, 1.45],
        [0.3 * l0, 1.35],
        [l0, 1.0],
        [l0 + l1, 0.92],
        [total - 0.008, 0.86],
        [total - 0.003, 0.62],
        [total, 0.15],
      ]
    : [
        [-0.012, 1.1],
        [0, 1.02],
        [l0, 0.95],
        [l0 + l1, 0.88],
        [total - 0.007, 0.82],
        [total - 0.0025, 0.6],
        [total, 0.15],
      ];
  const along = [...range(thumb ? -0.01 : -0.012, total - 0.007, 7), total - 0.0045, total - 0.0025, total];
  const sections = along.map((d) => ({
    center: world(layout.base.clone().addScaledVector(layout.direction, d)),
    radiusUp: r * curve(radius, d) * 0.88,
    radiusSide: r * curve(radius, d),
  }));
  const names = fingerSegmentNames(layout.finger).map((seg) => sideBone(side, `${layout.finger}${seg}`));
  const [b0, b1, b2] = names;
  if (!b0 || !b1 || !b2) return;
  const chain = [
    [sideBone(side, 'Hand'), Number.NEGATIVE_INFINITY],
    [b0, thumb ? -0.004 : 0.0],
    [b1, l0],
    [b2, l0 + l1],
  ] as const;
  const dirWorld = new Vector3(
    side === 'left' ? layout.direction.x : -layout.direction.x,
    layout.direction.y,
    layout.direction.z,
  );
  const baseWorld = world(layout.base);
  const bones = (p: Vector3): BoneWeights => {
    const d = p.clone().sub(baseWorld).dot(dirWorld);
    return chainWeights(d, chain, 0.01);
  };
  const up = thumb ? new Vector3(0, 1, -0.4).normalize() : new Vector3(0, 1, 0);
  addGrid(ctx.body, tubeRings(sections, { segments: 9, up }), {
    wrapColumns: true,
    color: () => ctx.palette.skin,
    bones,
    capEnd: ctx.palette.skin,
  });
}
