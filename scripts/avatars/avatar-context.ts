/**
 * Everything the part builders share for one customer: the spec, derived
 * landmarks, skeleton, weight field, colours and the surfaces garments and face
 * features are laid on.
 */

import type { TorsoSurface } from './body/torso-surface';
import type { CustomerSpec } from './customer-spec';
import type { MeshBuilder } from './geometry/mesh-builder';
import type { HandLayout } from './hand-layout';
import type { HeadSurface } from './head/head-surface';
import type { Palette } from './palette';
import type { Landmarks } from './proportions';
import type { Rig } from './rig';
import type { WeightField } from './skin-weights';

export interface AvatarContext {
  spec: CustomerSpec;
  lm: Landmarks;
  rig: Rig;
  weights: WeightField;
  hand: HandLayout;
  palette: Palette;
  torso: TorsoSurface;
  head: HeadSurface;
  /** The one skinned body primitive everything but the animated face goes into. */
  body: MeshBuilder;
}
