import type { CounterKind } from '../../core/scenario/schema';
import type { BoxSpec } from './merge-boxes';

/**
 * What stands on the back shelves and the counter for each kind of counter. Everything is a box
 * merged into a mesh that exists anyway (the shelves, the counter body), so a different kind
 * never costs another draw call. Deterministic: sizes and colours come from the box's index.
 */

/** The top surface of the counter (LAYOUT.counter.height), where counter props stand. */
const TOP = 1.02;

type Shelf = { x: number; y: number; z: number };
/** Fills one shelf board; `n` numbers the items across all boards so sizes and colours vary. */
type Filler = (shelf: Shelf, n: { value: number }) => BoxSpec[];

const APPLIANCES = ['#c44536', '#2f6690', '#f2c14e', '#5c946e', '#e9e3d5', '#3a3a3a', '#a26769', '#7d8491'];
const MEDICINE = ['#f4f4f2', '#e8eef4', '#f4f4f2', '#dfeee2', '#f6efe0'];
const MEDICINE_BANDS = ['#2e7d4f', '#2f6690', '#c44536', '#e09f3e'];
const BROCHURES = ['#1f4e8c', '#f4f4f2', '#c8102e', '#7aa6d6', '#f2c14e'];
const SCREENS = ['#3b8ed0', '#5c946e', '#e07a5f', '#8e7dbe', '#f2c14e'];

/** Boxed appliances of varied sizes: the retailer's shelves (repair and shop). */
const appliances: Filler = ({ x, y, z }, counter) => {
  const boxes: BoxSpec[] = [];
  let cursor = x - 0.44;
  while (cursor < x + 0.4) {
    counter.value += 1;
    const n = counter.value;
    const w = 0.14 + ((n * 37) % 11) / 60;
    const h = 0.18 + ((n * 53) % 7) / 28;
    if (cursor + w > x + 0.46) break;
    boxes.push({
      at: [cursor + w / 2, y + 0.0175 + h / 2, z],
      size: [w * 0.94, h, 0.3],
      color: APPLIANCES[n % APPLIANCES.length] as string,
    });
    cursor += w + 0.02;
  }
  return boxes;
};

/** Rows of small white medicine boxes with a coloured band, two deep. */
const medicine: Filler = ({ x, y, z }, counter) => {
  const boxes: BoxSpec[] = [];
  for (const row of [-0.08, 0.06]) {
    let cursor = x - 0.45;
    while (cursor < x + 0.4) {
      counter.value += 1;
      const n = counter.value;
      const w = 0.05 + ((n * 29) % 5) / 100;
      const h = 0.08 + ((n * 41) % 6) / 50;
      if (cursor + w > x + 0.46) break;
      const base = y + 0.0175;
      boxes.push({
        at: [cursor + w / 2, base + h / 2, z + row],
        size: [w * 0.9, h, 0.1],
        color: MEDICINE[n % 5] as string,
      });
      boxes.push({
        at: [cursor + w / 2, base + h * 0.7, z + row + 0.051],
        size: [w * 0.9, h * 0.18, 0.002],
        color: MEDICINE_BANDS[n % 4] as string,
      });
      cursor += w + 0.012;
    }
  }
  return boxes;
};

/** Phones standing on small display stands, screens lit in different colours. */
const phones: Filler = ({ x, y, z }, counter) => {
  const boxes: BoxSpec[] = [];
  for (let k = 0; k < 5; k++) {
    counter.value += 1;
    const n = counter.value;
    const px = x - 0.36 + k * 0.18;
    const base = y + 0.0175;
    boxes.push({ at: [px, base + 0.01, z + 0.05], size: [0.1, 0.02, 0.08], color: '#d9d9d6' });
    boxes.push({ at: [px, base + 0.1, z + 0.04], size: [0.075, 0.16, 0.01], color: '#1c1d20' });
    boxes.push({ at: [px, base + 0.102, z + 0.0455], size: [0.066, 0.142, 0.002], color: SCREENS[n % 5] as string });
  }
  return boxes;
};

/** Brochures in wall racks: upright leaflets in the bank's colours. */
const brochures: Filler = ({ x, y, z }, counter) => {
  const boxes: BoxSpec[] = [];
  for (let k = 0; k < 6; k++) {
    counter.value += 1;
    const n = counter.value;
    const px = x - 0.38 + k * 0.15;
    const base = y + 0.0175;
    boxes.push({ at: [px, base + 0.03, z + 0.08], size: [0.13, 0.06, 0.03], color: '#c9ccd1' }); // rack lip
    boxes.push({ at: [px, base + 0.11, z + 0.07], size: [0.11, 0.21, 0.012], color: BROCHURES[n % 5] as string });
  }
  return boxes;
};

const FILLERS: Record<CounterKind, Filler> = {
  repair: appliances,
  shop: appliances,
  pharmacy: medicine,
  telecom: phones,
  bank: brochures,
};

/** Shelf units along the back wall and what the kind of counter puts on their boards. */
export function shelfBoxes(kind: CounterKind, wall: number): BoxSpec[] {
  const boxes: BoxSpec[] = [];
  const n = { value: 0 };
  for (const x of [-2.3, -1.15, 1.15, 2.3]) {
    boxes.push({ at: [x, 1.1, wall + 0.22], size: [1.0, 2.2, 0.04], color: '#6b4f3a' }); // back board
    for (const side of [-0.5, 0.5])
      boxes.push({ at: [x + side, 1.1, wall + 0.22], size: [0.04, 2.2, 0.42], color: '#5a4130' });
    for (const y of [0.08, 0.62, 1.16, 1.7, 2.18]) {
      boxes.push({ at: [x, y, wall + 0.22], size: [1.0, 0.035, 0.42], color: '#7a5a42' });
      if (y > 2) continue;
      boxes.push(...FILLERS[kind]({ x, y, z: wall + 0.2 }, n));
      // A shop marks its shelves with price rails along each board's edge.
      if (kind === 'shop') boxes.push({ at: [x, y - 0.03, wall + 0.43], size: [0.98, 0.03, 0.006], color: '#f2c14e' });
    }
  }
  return boxes;
}

/** Props on the counter (in the counter's own frame; the customer stands on −z). */
export function counterProps(kind: CounterKind): BoxSpec[] {
  switch (kind) {
    case 'repair':
      return [
        // A closed laptop handed in for repair, with a yellow repair tag; flat, so it hides nothing.
        { at: [0.66, TOP + 0.008, 0.02], size: [0.32, 0.016, 0.22], color: '#4a4e55' },
        { at: [0.66, TOP + 0.022, 0.02], size: [0.315, 0.012, 0.215], color: '#3a3d43' },
        { at: [0.83, TOP + 0.03, -0.06], size: [0.05, 0.06, 0.004], color: '#f2c14e' },
      ];
    case 'shop':
      return [
        // A basket of small items by the till.
        { at: [0.72, TOP + 0.04, -0.1], size: [0.3, 0.08, 0.2], color: '#c0392b' },
        { at: [0.67, TOP + 0.09, -0.1], size: [0.08, 0.05, 0.06], color: '#2f6690' },
        { at: [0.78, TOP + 0.09, -0.08], size: [0.06, 0.07, 0.05], color: '#f2c14e' },
      ];
    case 'pharmacy':
      return [
        // A small stand of boxes and a green cross facing the customer.
        { at: [0.72, TOP + 0.06, -0.12], size: [0.2, 0.12, 0.1], color: '#f4f4f2' },
        { at: [0.72, TOP + 0.09, -0.171], size: [0.2, 0.03, 0.002], color: '#2e7d4f' },
        { at: [0, 0.78, -0.33], size: [0.16, 0.05, 0.01], color: '#2e9e5b' },
        { at: [0, 0.78, -0.33], size: [0.05, 0.16, 0.01], color: '#2e9e5b' },
      ];
    case 'telecom':
      return [
        // A demo phone on a stand for the customer, and a stack of SIM-card leaflets.
        { at: [0.68, TOP + 0.015, -0.12], size: [0.12, 0.03, 0.1], color: '#d9d9d6' },
        { at: [0.68, TOP + 0.1, -0.11], size: [0.075, 0.15, 0.01], color: '#1c1d20' },
        { at: [0.68, TOP + 0.1, -0.1165], size: [0.066, 0.136, 0.002], color: '#3b8ed0' },
        { at: [0.78, TOP + 0.01, -0.1], size: [0.1, 0.02, 0.14], color: '#e07a5f' },
      ];
    case 'bank':
      return [
        // A card terminal for the customer and a brochure stand at the counter's end.
        { at: [0.15, TOP + 0.01, -0.17], size: [0.1, 0.02, 0.16], color: '#26292d' },
        { at: [0.15, TOP + 0.035, -0.18], size: [0.085, 0.03, 0.12], color: '#3a3d42' },
        { at: [0.15, TOP + 0.051, -0.2], size: [0.06, 0.002, 0.05], color: '#9fc4e6' },
        { at: [0.95, TOP + 0.15, -0.15], size: [0.24, 0.3, 0.05], color: '#c9ccd1' },
        { at: [0.9, TOP + 0.2, -0.176], size: [0.09, 0.15, 0.004], color: '#1f4e8c' },
        { at: [1.0, TOP + 0.2, -0.176], size: [0.09, 0.15, 0.004], color: '#c8102e' },
        { at: [0.9, TOP + 0.06, -0.176], size: [0.09, 0.1, 0.004], color: '#f4f4f2' },
        { at: [1.0, TOP + 0.06, -0.176], size: [0.09, 0.1, 0.004], color: '#7aa6d6' },
      ];
  }
}
