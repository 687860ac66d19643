/**
 * Outer garments of the second set of customers: a quilted gilet, a rain
 * jacket, a long raincoat over shirt and tie, a bomber jacket, a light coat
 * over a cardigan and a denim jacket. Built from the same pieces as tops.ts.
 */
import type { Color } from 'three';
import type { AvatarContext } from '../avatar-context';
import type { SleeveStyle } from '../body/arms';
import { smoothstep } from '../geometry/math';
import { linear, scaleColor } from '../palette';
import { addCoatTails } from './coat-tails';
import { addBunchedHood, addCollar } from './collars';
import { addButtons, addPatch, addShell } from './garment-shell';

const flat = (c: Color) => () => c;

/** Shell rows sit on a 18 mm grid (garment-shell.ts): every fourth row is a quilting seam. */
const quilted = (base: Color) => (y: number) => {
  const k = Math.round(y / 0.018);
  return k % 4 === 0 ? scaleColor(base, 0.62) : scaleColor(base, k % 4 === 2 ? 1.08 : 1);
};

/** A zip or placket down the front centre. */
function zip(ctx: AvatarContext, fromY: number, toY: number, offset: number, color: Color): void {
  addPatch(ctx, {
    yRange: [fromY, toY],
    angleRange: [-0.035, 0.035],
    baseOffset: offset,
    raise: 0.0015,
    color,
    detail: [2, 14],
  });
}

/** The shirt front and tie seen in an open coat or jacket. */
function shirtAndTie(ctx: AvatarContext, tie: Color, bottomY: number): void {
  const t = ctx.lm.torso;
  addPatch(ctx, {
    yRange: [bottomY, t.neckBaseY - 0.004],
    angleRange: (y) => {
      const w = 0.05 + 0.05 * smoothstep(t.neckBaseY - 0.02, bottomY, y);
      return [-w, w];
    },
    baseOffset: 0.002,
    raise: 0.003,
    color: tie,
    edge: scaleColor(tie, 0.7),
    detail: [3, 10],
  });
  addCollar(ctx, {
    color: scaleColor(ctx.palette.under, 1.05),
    offset: 0.002,
    frontGap: 0.12,
    height: 0.03,
    fold: 0.2,
    points: true,
  });
}

export function gilet(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.hipJointY + 0.005;
  const offset = 0.016;
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY - 0.012, offset, color: quilted(palette.top) });
  zip(ctx, hem, ctx.torso.topY - 0.02, offset + 0.002, scaleColor(palette.top, 0.5));
  // The polo's collar shows above the gilet's stand-up collar.
  addCollar(ctx, { color: palette.under, offset: 0.003, frontGap: 0.25, height: 0.03, fold: 0.3, points: true });
  addCollar(ctx, { color: palette.accent, offset, frontGap: 0.08, height: 0.026, fold: 0 });
  return { color: palette.under, looseness: 0.004, shoulderPad: 0, cuff: scaleColor(palette.under, 0.92) };
}

export function rainJacket(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.hipJointY - 0.04;
  const offset = 0.015;
  // Unzipped at the top: the jumper's neckline shows.
  const opening = (y: number) => 0.2 * smoothstep(t.neckBaseY - 0.06, t.neckBaseY + 0.01, y);
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, opening, color: flat(palette.top) });
  hemBand(ctx, hem, 0.025, offset, scaleColor(palette.top, 0.85));
  for (const side of [1, -1]) {
    const a = side > 0 ? ([0.45, 0.95] as const) : ([-0.95, -0.45] as const);
    // Zipped hand pockets, marked by their darker welt.
    addPatch(ctx, {
      yRange: [t.waistY - 0.05, t.waistY - 0.035],
      angleRange: a,
      baseOffset: offset,
      raise: 0.002,
      color: scaleColor(palette.top, 0.55),
    });
  }
  addBunchedHood(ctx, scaleColor(palette.top, 0.95));
  addCollar(ctx, { color: palette.accent, offset: 0.004, frontGap: 0.3, height: 0.02, fold: 0.1 });
  return { color: palette.top, looseness: 0.012, shoulderPad: 0, cuff: scaleColor(palette.top, 0.8) };
}

export function raincoat(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const offset = 0.014;
  const opening = (y: number) => 0.3 + 0.3 * smoothstep(t.waistY, t.neckBaseY, y);
  const hip = ctx.torso.bottomY + 0.02;
  addShell(ctx, { fromY: hip, toY: ctx.torso.topY, offset, opening, color: flat(palette.top) });
  addCoatTails(ctx, { fromY: hip + 0.005, hemY: lm.leg.kneeY + 0.02, offset, frontGap: 0.32, color: palette.top });
  for (const side of [1, -1]) {
    // Wide lapels along the open front.
    const lapel = (y: number): readonly [number, number] => {
      const edge = opening(y) + 0.005;
      const width = 0.08 + 0.2 * smoothstep(t.bustY - 0.06, t.neckBaseY - 0.03, y);
      return side > 0 ? [edge, edge + width] : [-edge - width, -edge];
    };
    addPatch(ctx, {
      yRange: [t.bustY - 0.06, t.neckBaseY - 0.004],
      angleRange: lapel,
      baseOffset: offset,
      raise: 0.003,
      color: palette.accent,
      edge: scaleColor(palette.accent, 0.8),
      detail: [3, 10],
    });
  }
  // A belt with its ends left loose at the back.
  hemBand(ctx, t.waistY - 0.02, 0.035, offset, scaleColor(palette.top, 0.9));
  shirtAndTie(ctx, ctx.spec.outfit.tie ? linear(ctx.spec.outfit.tie) : scaleColor(palette.under, 0.5), t.waistY + 0.01);
  return { color: palette.top, looseness: 0.01, shoulderPad: 0.003, cuff: scaleColor(palette.top, 0.9) };
}

export function bomber(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.waistY - 0.06;
  const offset = 0.017;
  const opening = (y: number) => 0.16 * smoothstep(t.chestY, t.neckBaseY, y);
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, opening, color: flat(palette.top) });
  // Thick knitted rib at hem and collar, the bomber's signature.
  const rib = (y: number) => scaleColor(palette.accent, 0.9 + 0.1 * Math.cos(y * 1400));
  addShell(ctx, { fromY: hem - 0.01, toY: hem + 0.055, offset: offset + 0.004, opening, color: rib });
  zip(ctx, hem + 0.05, t.chestY, offset + 0.001, scaleColor(palette.top, 0.45));
  addPatch(ctx, {
    yRange: [t.chestY + 0.02, t.chestY + 0.065],
    angleRange: [0.52, 0.62],
    baseOffset: offset,
    raise: 0.002,
    color: scaleColor(palette.top, 0.7),
  });
  addCollar(ctx, { color: palette.accent, offset, frontGap: 0.3, height: 0.034, fold: 0.05 });
  return { color: palette.top, looseness: 0.016, shoulderPad: 0, cuff: palette.accent };
}

export function coat(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const offset = 0.016;
  // Worn open: the buttoned cardigan (the "under" colour) shows down the front.
  const opening = (y: number) => 0.45 + 0.2 * smoothstep(t.waistY, t.neckBaseY, y);
  const hip = ctx.torso.bottomY + 0.02;
  addShell(ctx, { fromY: hip, toY: ctx.torso.topY, offset, opening, color: flat(palette.top) });
  addCoatTails(ctx, {
    fromY: hip + 0.005,
    hemY: lm.leg.kneeY + 0.09,
    offset,
    frontGap: 0.45,
    color: palette.top,
  });
  const knit = (y: number) => scaleColor(palette.under, 0.94 + 0.06 * Math.cos(y * 900));
  addShell(ctx, { fromY: t.hipJointY + 0.03, toY: t.neckBaseY - 0.03, offset: 0.006, color: knit });
  addButtons(
    ctx,
    [0.02, 0.085, 0.15, 0.215].map((d) => t.neckBaseY - 0.05 - d).filter((y) => y > t.hipJointY + 0.05),
    0.008,
    linear('#e8e2d6'),
    0.0055,
  );
  addCollar(ctx, { color: palette.accent, offset, frontGap: 0.5, height: 0.045, fold: 0.7 });
  return { color: palette.top, looseness: 0.01, shoulderPad: 0, cuff: palette.accent };
}

export function denimJacket(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.waistY - 0.02;
  const offset = 0.011;
  const opening = (y: number) => 0.28 + 0.22 * smoothstep(t.chestY - 0.05, t.neckBaseY, y);
  const denim = (y: number, a: number) =>
    scaleColor(palette.top, 0.95 + 0.05 * Math.cos(y * 700 + a * 40) * Math.cos(a * 90));
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, opening, color: denim });
  hemBand(ctx, hem, 0.04, offset, scaleColor(palette.top, 0.85));
  const stitch = palette.accent;
  for (const side of [1, -1]) {
    const a = side > 0 ? ([0.5, 0.85] as const) : ([-0.85, -0.5] as const);
    // Flap chest pockets with contrast stitching.
    addPatch(ctx, {
      yRange: [t.chestY + 0.02, t.chestY + 0.07],
      angleRange: a,
      baseOffset: offset,
      raise: 0.003,
      color: scaleColor(palette.top, 0.9),
      edge: stitch,
    });
  }
  addCollar(ctx, { color: scaleColor(palette.top, 0.9), offset, frontGap: 0.55, height: 0.045, fold: 0.8 });
  return { color: palette.top, looseness: 0.008, shoulderPad: 0, cuff: scaleColor(palette.top, 0.85) };
}

/** A band at the hem, slightly proud of the shell. */
function hemBand(ctx: AvatarContext, bottomY: number, height: number, offset: number, color: Color): void {
  addShell(ctx, { fromY: bottomY, toY: bottomY + height, offset: offset + 0.002, color: flat(color) });
}
