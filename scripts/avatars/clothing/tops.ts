/**
 * The top styles, each composed from the same few pieces (shell, bands,
 * patches, collar). Offsets are fabric thickness plus ease: a hoodie hangs
 * looser than a blazer.
 */
import type { Color } from 'three';
import type { AvatarContext } from '../avatar-context';
import type { SleeveStyle } from '../body/arms';
import { smoothstep } from '../geometry/math';
import { linear, scaleColor } from '../palette';
import { addBunchedHood, addCollar, addCord } from './collars';
import { addButtons, addPatch, addShell } from './garment-shell';
import { bomber, coat, denimJacket, gilet, raincoat, rainJacket } from './outer-tops';

/** Adds the garment over the torso and returns how its sleeves look. */
export function addTop(ctx: AvatarContext): SleeveStyle {
  switch (ctx.spec.outfit.top) {
    case 'work-jacket':
      return workJacket(ctx);
    case 'cardigan':
      return cardigan(ctx);
    case 'blazer':
      return blazer(ctx);
    case 'knit-vest':
      return knitVest(ctx);
    case 'windbreaker':
      return windbreaker(ctx);
    case 'hoodie':
      return hoodie(ctx);
    case 'gilet':
      return gilet(ctx);
    case 'rain-jacket':
      return rainJacket(ctx);
    case 'raincoat':
      return raincoat(ctx);
    case 'bomber':
      return bomber(ctx);
    case 'coat':
      return coat(ctx);
    case 'denim-jacket':
      return denimJacket(ctx);
  }
}

const flat = (c: Color) => () => c;

/** A ribbed or elastic band at the hem, slightly proud of the shell. */
function hemBand(ctx: AvatarContext, bottomY: number, height: number, offset: number, color: Color): void {
  addShell(ctx, { fromY: bottomY, toY: bottomY + height, offset: offset + 0.002, color: flat(color) });
}

function workJacket(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.hipJointY - 0.025;
  const offset = 0.012;
  // Unzipped a hand's width at the top, showing the T-shirt.
  const opening = (y: number) => 0.24 * smoothstep(t.neckBaseY - 0.075, t.neckBaseY, y) ** 1.3;
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, opening, color: flat(palette.top) });
  hemBand(ctx, hem, 0.045, offset, palette.accent);
  addPatch(ctx, {
    yRange: [hem + 0.04, t.neckBaseY - 0.1],
    angleRange: [-0.045, 0.045],
    baseOffset: offset,
    raise: 0.0015,
    color: scaleColor(palette.top, 0.75),
    detail: [2, 12],
  });
  for (const side of [1, -1]) {
    const a = [0.32 * side, 0.78 * side].sort((p, q) => p - q) as [number, number];
    addPatch(ctx, {
      yRange: [t.chestY - 0.005, t.chestY + 0.075],
      angleRange: a,
      baseOffset: offset,
      raise: 0.003,
      color: palette.top,
      edge: scaleColor(palette.top, 0.7),
    });
    addPatch(ctx, {
      yRange: [t.chestY + 0.06, t.chestY + 0.085],
      angleRange: [a[0] - 0.02, a[1] + 0.02],
      baseOffset: offset + 0.003,
      raise: 0.003,
      color: scaleColor(palette.top, 0.9),
      edge: scaleColor(palette.top, 0.65),
    });
  }
  addCollar(ctx, { color: palette.accent, offset, frontGap: 0.45, height: 0.042, fold: 0.5 });
  return { color: palette.top, looseness: 0.008, shoulderPad: 0, cuff: palette.accent };
}

function cardigan(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.hipJointY - 0.045;
  const offset = 0.009;
  const vBottom = t.bustY - 0.045;
  const opening = (y: number) => 0.5 * smoothstep(vBottom, t.neckBaseY + 0.01, y) ** 0.85;
  // Faint horizontal ribs read as knitwear from a metre away.
  const knit = (y: number) => scaleColor(palette.top, 0.94 + 0.06 * Math.cos(y * 900));
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, opening, color: knit });
  hemBand(ctx, hem, 0.05, offset, palette.accent);
  addButtons(
    ctx,
    [vBottom - 0.01, vBottom - 0.075, vBottom - 0.14, vBottom - 0.205].filter((y) => y > hem + 0.05),
    offset + 0.002,
    linear('#d9cfbd'),
  );
  return { color: palette.top, looseness: 0.006, shoulderPad: 0, cuff: palette.accent };
}

function blazer(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.hipJointY - 0.035;
  const offset = 0.008;
  const buttonY = t.waistY + 0.01;
  const opening = (y: number) =>
    y > buttonY ? 0.62 * smoothstep(buttonY, t.neckBaseY + 0.01, y) ** 0.7 : 0.2 * (1 - smoothstep(hem, buttonY, y));
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, opening, color: flat(palette.top) });
  // Lapels: raised bands along each edge of the V, widening towards the collar.
  for (const side of [1, -1]) {
    const lapel = (y: number): readonly [number, number] => {
      const edge = opening(y) + 0.01;
      const width =
        0.06 +
        0.22 * smoothstep(buttonY, t.neckBaseY - 0.02, y) -
        0.12 * smoothstep(t.neckBaseY - 0.03, t.neckBaseY, y);
      return side > 0 ? [edge, edge + width] : [-edge - width, -edge];
    };
    addPatch(ctx, {
      yRange: [buttonY + 0.005, t.neckBaseY - 0.002],
      angleRange: lapel,
      baseOffset: offset,
      raise: 0.0035,
      color: palette.accent,
      edge: scaleColor(palette.accent, 0.75),
      detail: [3, 14],
    });
  }
  addButtons(ctx, [buttonY], offset + 0.002, scaleColor(palette.top, 0.6), 0.0075);
  return { color: palette.top, looseness: 0.004, shoulderPad: 0.007, cuff: null };
}

function knitVest(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.hipJointY + 0.02;
  const offset = 0.009;
  const vBottom = t.chestY + 0.005;
  const opening = (y: number) => 0.55 * smoothstep(vBottom, t.neckBaseY + 0.01, y) ** 0.9;
  const knit = (y: number) => scaleColor(palette.top, 0.93 + 0.07 * Math.cos(y * 900));
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, opening, color: knit });
  hemBand(ctx, hem, 0.05, offset, palette.accent);
  addCollar(ctx, {
    color: scaleColor(palette.under, 1.08),
    offset: 0.002,
    frontGap: 0.22,
    height: 0.032,
    fold: 0.25,
    points: true,
  });
  return { color: palette.under, looseness: 0.005, shoulderPad: 0, cuff: scaleColor(palette.under, 1.05) };
}

function windbreaker(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.hipJointY - 0.01;
  const offset = 0.013;
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, color: flat(palette.top) });
  // Two-tone yoke across chest and shoulders, typical of sporty windbreakers.
  addShell(ctx, { fromY: t.armpitY - 0.035, toY: ctx.torso.topY, offset: offset + 0.004, color: flat(palette.accent) });
  hemBand(ctx, hem, 0.04, offset, scaleColor(palette.top, 0.8));
  addPatch(ctx, {
    yRange: [hem + 0.002, ctx.torso.topY - 0.01],
    angleRange: [-0.04, 0.04],
    baseOffset: offset + 0.004,
    raise: 0.0015,
    color: linear('#2b2b2b'),
    detail: [2, 16],
  });
  addCollar(ctx, { color: palette.accent, offset, frontGap: 0.0, height: 0.042, fold: 0.12 });
  return { color: palette.top, looseness: 0.01, shoulderPad: 0, cuff: scaleColor(palette.top, 0.8) };
}

function hoodie(ctx: AvatarContext): SleeveStyle {
  const { lm, palette } = ctx;
  const t = lm.torso;
  const hem = t.hipJointY - 0.03;
  const offset = 0.016;
  addShell(ctx, { fromY: hem, toY: ctx.torso.topY, offset, color: flat(palette.top) });
  hemBand(ctx, hem, 0.06, offset, palette.accent);
  addPatch(ctx, {
    yRange: [hem + 0.07, t.waistY + 0.07],
    angleRange: [-0.8, 0.8],
    baseOffset: offset,
    raise: 0.004,
    color: palette.top,
    edge: scaleColor(palette.top, 0.7),
    detail: [8, 4],
  });
  addBunchedHood(ctx, palette.top);
  const cord = linear('#d8d8d4');
  addCord(ctx, 0.22, 0.17, offset, cord);
  addCord(ctx, -0.22, 0.15, offset, cord);
  return { color: palette.top, looseness: 0.013, shoulderPad: 0, cuff: palette.accent };
}
