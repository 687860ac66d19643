/**
 * The mouth: lips as rings around the opening (inner edge, lip outline, a skin
 * fringe) plus the dark mouth interior with the upper teeth. Visemes and
 * emotions only move the rings; the interior stretches with them.
 */
import type { Color } from 'three';
import type { CustomerSpec } from '../customer-spec';
import type { FaceLayout } from '../head/head-surface';
import { linear, mixColors, scaleColor } from '../palette';
import type { FaceCanvas, FacePoint } from './face-canvas';
import type { FacePose } from './face-pose';

const COLUMNS = 17;
const INTERIOR = linear('#3a1512');
const TEETH = linear('#e6dfd2');
const LAYER = { interior: 0.0002, teeth: 0.00035, lipEdge: 0.0016, lip: 0.0014, fringe: 0.0001 };

export interface MouthContext {
  spec: CustomerSpec;
  face: FaceLayout;
  lips: Color;
  skinTone: (x: number, y: number) => Color;
}

interface LipLine {
  x: number;
  upperInner: number;
  lowerInner: number;
  upperOuter: number;
  lowerOuter: number;
}

function lipLines(mc: MouthContext, pose: FacePose): LipLine[] {
  const female = mc.spec.sex === 'female';
  const halfWidth = (female ? 0.0225 : 0.0245) * pose.mouthWidth;
  const fullness = female ? 1.2 : 1;
  const press = 1 - 0.55 * pose.lipPress;
  // Older faces rest with slightly lowered corners.
  const rest = -0.0008 * Math.min(1, Math.max(0, (mc.spec.age - 40) / 30));
  return Array.from({ length: COLUMNS }, (_, i) => {
    const u = -1 + (2 * i) / (COLUMNS - 1);
    const w = 1 - u * u;
    const round = pose.mouthRound;
    const x = u * halfWidth * (1 - 0.12 * round * (1 - Math.abs(u)));
    const line = mc.face.mouthY + (pose.mouthCorner + rest) * Math.abs(u) ** 2.2;
    const openUp = (pose.upperLipRaise + pose.mouthOpen * 0.1) * w ** (0.7 - 0.3 * round);
    const openDown = pose.mouthOpen * w ** (0.65 - 0.35 * round);
    const gap = 0.0004 * w ** 0.5;
    const upperInner = line + gap + openUp;
    const lowerInner = line - gap - openDown;
    // A slight dip in the middle of the upper outline is the cupid's bow.
    const bow = 1 - 0.22 * Math.exp(-((u / 0.13) ** 2));
    return {
      x,
      upperInner,
      lowerInner,
      upperOuter: upperInner + 0.0043 * fullness * press * w ** 0.45 * bow,
      lowerOuter: lowerInner - 0.0056 * fullness * press * w ** 0.5,
    };
  });
}

export function drawMouth(canvas: FaceCanvas, mc: MouthContext, pose: FacePose): void {
  const lines = lipLines(mc, pose);
  const lift = pose.mouthRound * 0.0025;
  const upperLip = scaleColor(mc.lips, 0.86);
  const edge = (c: Color) => mixColors(c, INTERIOR, 0.35);

  // Interior: columns across the opening, rows from the upper lip down.
  const interiorRow = (pick: (l: LipLine) => number, offset: number, color: Color): FacePoint[] =>
    lines.map((l) => ({ x: l.x, y: pick(l), offset, color }));
  const teethDepth = (l: LipLine) => Math.min(0.0042, (l.upperInner - l.lowerInner) * 0.42);
  canvas.grid([
    interiorRow((l) => l.lowerInner, LAYER.interior, INTERIOR),
    interiorRow((l) => l.upperInner - teethDepth(l), LAYER.interior, INTERIOR),
    interiorRow((l) => l.upperInner - teethDepth(l), LAYER.teeth, scaleColor(TEETH, 0.85)),
    interiorRow((l) => l.upperInner, LAYER.teeth, TEETH),
  ]);

  // Lips as a loop: upper edge left→right, lower edge right→left.
  const loop = <T>(upper: (l: LipLine) => T, lower: (l: LipLine) => T): T[] => [
    ...lines.map(upper),
    ...lines.slice(1, -1).reverse().map(lower),
  ];
  const corner = (l: LipLine, grow: number) => l.x * (1 + grow);
  const ring = (
    grow: number,
    upperY: (l: LipLine) => number,
    lowerY: (l: LipLine) => number,
    offset: number,
    upperColor: (x: number, y: number) => Color,
    lowerColor: (x: number, y: number) => Color,
  ) =>
    loop<FacePoint>(
      (l) => {
        const y = upperY(l);
        return { x: corner(l, grow), y, offset, color: upperColor(corner(l, grow), y) };
      },
      (l) => {
        const y = lowerY(l);
        return { x: corner(l, grow), y, offset, color: lowerColor(corner(l, grow), y) };
      },
    );
  canvas.grid(
    [
      ring(
        0,
        (l) => l.upperInner,
        (l) => l.lowerInner,
        LAYER.lipEdge + lift,
        () => edge(upperLip),
        () => edge(mc.lips),
      ),
      ring(
        0.02,
        (l) => (l.upperInner + l.upperOuter) / 2,
        (l) => (l.lowerInner + l.lowerOuter) / 2,
        LAYER.lipEdge + lift,
        () => upperLip,
        () => mc.lips,
      ),
      ring(
        0.05,
        (l) => l.upperOuter,
        (l) => l.lowerOuter,
        LAYER.lip + lift * 0.6,
        () => upperLip,
        () => scaleColor(mc.lips, 0.95),
      ),
      ring(
        0.14,
        (l) => l.upperOuter + 0.0022,
        (l) => l.lowerOuter - 0.003,
        LAYER.fringe,
        mc.skinTone,
        mc.skinTone,
      ),
    ],
    { wrap: true },
  );
}
