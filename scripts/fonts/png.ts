import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BPP = 3;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function predictor(type: number, left: number, up: number, upLeft: number): number {
  if (type === 1) return left;
  if (type === 2) return up;
  if (type === 3) return (left + up) >> 1;
  if (type === 4) {
    const pa = Math.abs(up - upLeft);
    const pb = Math.abs(left - upLeft);
    const pc = Math.abs(left + up - 2 * upLeft);
    return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
  }
  return 0;
}

/**
 * RGBA pixels → an RGB PNG, each row with the PNG filter that leaves the smallest residuals, then
 * deflate at level 9. An MSDF atlas has no use for alpha (it is always opaque), and the generator's
 * own PNGs are about 30 % larger. Deterministic: the same pixels give the same bytes.
 */
export function encodeRgbPng(width: number, height: number, rgba: Uint8Array): Buffer {
  const stride = width * BPP;
  const raw = Buffer.alloc((stride + 1) * height);
  let previous = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) for (let c = 0; c < BPP; c++) row[x * BPP + c] = rgba[(y * width + x) * 4 + c] ?? 0;
    let bestType = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let type = 0; type < 5; type++) {
      let cost = 0;
      for (let i = 0; i < stride; i++) {
        const left = i >= BPP ? (row[i - BPP] ?? 0) : 0;
        const upLeft = i >= BPP ? (previous[i - BPP] ?? 0) : 0;
        const v = ((row[i] ?? 0) - predictor(type, left, previous[i] ?? 0, upLeft)) & 0xff;
        candidate[i] = v;
        cost += v < 128 ? v : 256 - v;
      }
      if (cost < bestCost) {
        bestCost = cost;
        bestType = type;
        candidate.copy(raw, y * (stride + 1) + 1);
      }
    }
    raw[y * (stride + 1)] = bestType;
    previous = Buffer.from(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, deflate, adaptive filters, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
