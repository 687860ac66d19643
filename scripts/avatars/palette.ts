/**
 * Customer colours converted once from sRGB hex (what people write) to the
 * linear values glTF stores in COLOR_0.
 */
import { Color } from 'three';
import type { CustomerSpec } from './customer-spec';

export interface Palette {
  skin: Color;
  lips: Color;
  eyes: Color;
  brows: Color;
  hair: Color;
  top: Color;
  accent: Color;
  under: Color;
  legs: Color;
  tights: Color;
  shoes: Color;
  soles: Color;
  moustache: Color;
  glasses: Color;
  cap: Color;
}

/** `new Color('#rrggbb')` converts from sRGB to three's linear working space. */
export const linear = (hex: string): Color => new Color(hex);

export const mixColors = (a: Color, b: Color, t: number): Color => a.clone().lerp(b, t);

/** Darkens (f < 1) or lightens (f > 1) in linear space. */
export const scaleColor = (c: Color, f: number): Color => c.clone().multiplyScalar(f);

export function createPalette(spec: CustomerSpec): Palette {
  const o = spec.outfit;
  const skin = linear(spec.skin);
  return {
    skin,
    lips: mixColors(skin, linear(spec.face.lipColor), 0.8),
    eyes: linear(spec.face.eyeColor),
    brows: linear(spec.face.browColor),
    hair: linear(spec.hair.color),
    top: linear(o.topColor),
    accent: linear(o.topAccent),
    under: linear(o.under),
    legs: linear(o.legsColor),
    tights: linear(o.tights ?? spec.skin),
    shoes: linear(o.shoes),
    soles: linear(o.soles),
    moustache: linear(spec.moustache ?? spec.hair.color),
    glasses: linear(spec.glasses ?? '#222222'),
    cap: linear(spec.cap ?? spec.hair.color),
  };
}
