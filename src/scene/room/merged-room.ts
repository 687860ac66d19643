import { type BufferGeometry, CylinderGeometry, IcosahedronGeometry, PlaneGeometry, SphereGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { CounterKind } from '../../core/scenario/schema';
import { LAYOUT } from '../layout';
import { counterProps, shelfBoxes } from './counter-props';
import { floorBoards } from './floor-boards';
import { hallBoxes, PLANT } from './hall-details';
import { boxParts, mergeSurfaces, plane, type SurfacePart } from './merge-surfaces';

/**
 * The room's static geometry, merged into a few draw calls (docs/performance.md,
 * "Draw calls"). Every merged part keeps its own colour, roughness and metalness through
 * surfaceMaterial() (./surface-material.ts), so the room looks as it did with a mesh per part.
 * Stereo VR draws each mesh once per eye, so each part merged here saves two draw calls a frame.
 *
 * New static props go into one of these lists (or a list of their own merged the same way),
 * never into a mesh of their own.
 */

const { width, depth, height, backWallZ } = LAYOUT.room;
const frontZ = backWallZ + depth;

/** The ceiling lamps' glow, a multiple of their colour (see ceilingLamps). */
export const LAMP_GLOW = 4;

/**
 * Flat ceiling panels glowing warm white (the light itself comes from Lighting). Tone mapping
 * compresses their glow, so it is strong enough to come out near white, as when they were a
 * mesh of their own that skipped tone mapping.
 */
function ceilingLamps(): SurfacePart[] {
  const y = height - 0.02;
  const lamps = [-1.6, 0, 1.6].flatMap((x) =>
    [-2.2, -0.4, 1.4].map((z) => ({ at: [x, y, z] as const, size: [0.9, 0.03, 0.5] as const, color: '#fff1d6' })),
  );
  return boxParts(lamps, 1).map((part) => ({ ...part, emissive: LAMP_GLOW }));
}
/**
 * Floor, walls, ceiling and its lamps: they receive shadows but cast none (the ceiling would
 * shade the whole room).
 */
export function roomShell(): BufferGeometry {
  const wall = '#d8c6ae';
  return mergeSurfaces([
    ...floorBoards(),
    ...ceilingLamps(),
    { geometry: plane(width, height, [0, height / 2, backWallZ], 0, 0), color: '#e9dccb', roughness: 0.95 },
    {
      geometry: plane(depth, height, [-width / 2, height / 2, backWallZ + depth / 2], 0, Math.PI / 2),
      color: wall,
      roughness: 0.95,
    },
    {
      geometry: plane(depth, height, [width / 2, height / 2, backWallZ + depth / 2], 0, -Math.PI / 2),
      color: wall,
      roughness: 0.95,
    },
    { geometry: plane(width, height, [0, height / 2, frontZ], 0, Math.PI), color: wall, roughness: 0.95 },
    {
      geometry: plane(width, depth, [0, height, backWallZ + depth / 2], Math.PI / 2, 0),
      color: '#f4eee6',
      roughness: 1,
    },
  ]);
}

/**
 * Shelves with what the kind of counter sells (./counter-props.ts), the queue barrier, the bench
 * and the plant: they cast and receive shadows.
 */
export function roomFurniture(kind: CounterKind = 'repair'): BufferGeometry {
  const plant = new IcosahedronGeometry(PLANT.radius, 1);
  plant.translate(PLANT.at[0], PLANT.at[1], PLANT.at[2]);
  return mergeSurfaces([
    ...boxParts(shelfBoxes(kind, backWallZ), 0.7),
    ...boxParts(hallBoxes(), 0.6),
    { geometry: plant, color: PLANT.color, roughness: 0.85, flat: true },
  ]);
}

/**
 * What the cameras draw of the room: the shell and `furniture` (roomFurniture) in one geometry,
 * one draw call per view. It receives shadows; the furniture geometry itself, left to the caller,
 * casts them on the shadow-casters layer (./shadow-casters.ts), since the shell must cast none.
 */
export function roomSurfaces(furniture: BufferGeometry): BufferGeometry {
  const shell = roomShell();
  const merged = mergeGeometries([shell, furniture], false);
  shell.dispose();
  if (!merged) throw new Error('roomSurfaces: shell and furniture could not be merged');
  return merged;
}

/**
 * The service counter in its own coordinates (LAYOUT.counter): a wood-panelled body with a
 * stone top, a card terminal and a monitor with lit screens on the trainee's side, and the brass
 * service bell on the customer's side, and the props of the kind of counter (./counter-props.ts).
 */
export function counterGeometry(kind: CounterKind = 'repair'): BufferGeometry {
  const { width: w, depth: d, height: h } = LAYOUT.counter;
  const terminalScreen = new PlaneGeometry(0.06, 0.035);
  terminalScreen.rotateX(-0.5);
  terminalScreen.translate(-0.75, 1.112, 0.1);
  const monitorScreen = new PlaneGeometry(0.39, 0.23);
  monitorScreen.translate(0.98, 1.29, 0.2135);
  const bellBase = new CylinderGeometry(0.045, 0.05, 0.024, 24);
  bellBase.translate(-0.35, h + 0.012, -0.16);
  const bellDome = new SphereGeometry(0.04, 24, 12, 0, Math.PI * 2, 0, Math.PI / 2);
  bellDome.translate(-0.35, h + 0.028, -0.16);
  const parts: SurfacePart[] = [
    ...boxParts(
      [
        { at: [0, (h - 0.04) / 2, 0], size: [w, h - 0.04, d - 0.06], color: '#8a5a3c' },
        { at: [0, 0.05, -d / 2 + 0.02], size: [w - 0.02, 0.1, 0.02], color: '#3b2a1f' }, // kick plate
        ...[-0.8, -0.4, 0, 0.4, 0.8].map((x) => ({
          at: [x, 0.55, -d / 2 + 0.025] as const,
          size: [0.36, 0.7, 0.012] as const,
          color: '#a0704d',
        })), // front panels
        { at: [-0.75, 1.05, 0.12], size: [0.1, 0.02, 0.16], color: '#26292d' }, // terminal base
        { at: [-0.75, 1.08, 0.1], size: [0.085, 0.06, 0.13], color: '#303338' }, // terminal
        { at: [0.98, 1.05, 0.2], size: [0.18, 0.02, 0.12], color: '#2b2e33' }, // monitor foot
        { at: [0.98, 1.13, 0.21], size: [0.035, 0.16, 0.025], color: '#2b2e33' }, // monitor stand
        { at: [0.98, 1.29, 0.2], size: [0.42, 0.26, 0.025], color: '#1d2024' }, // monitor
        { at: [0.42, 1.055, -0.12], size: [0.16, 0.03, 0.12], color: '#f1ece4' }, // leaflet stack
        ...counterProps(kind),
      ],
      0.55,
    ),
    // Stone top.
    ...boxParts([{ at: [0, h - 0.02, 0], size: [w + 0.06, 0.04, d + 0.02], color: '#6f655c' }], 0.35, 0.05),
    { geometry: terminalScreen, color: '#3b8ed0', roughness: 1, emissive: 0.6 },
    { geometry: monitorScreen, color: '#dfe9f2', roughness: 1, emissive: 0.3 },
    { geometry: bellBase, color: '#2a2a2a', roughness: 0.4 },
    { geometry: bellDome, color: '#c9a24a', roughness: 0.25, metalness: 0.9 },
  ];
  return mergeSurfaces(parts);
}
