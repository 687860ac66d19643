/**
 * node_modules/@webxr-input-profiles/assets → public/profiles/: the controller and hand models the
 * headset shows, served by the app itself (pmndrs/xr fetches them from a CDN by default, which a
 * training room's network or an offline test may not reach).
 *
 *   npx tsx scripts/copy-xr-profiles.ts
 *
 * Only the profiles a Meta Quest (2, 3, Pro) reports, plus the generic fallbacks every other
 * controller or hand ends up on, are copied, and profilesList.json is cut down to exactly those:
 * a controller whose profile we do not ship then falls back to `generic-trigger` (the store's
 * defaultControllerProfileId) instead of fetching a file that is not there. The generic profiles'
 * `none` layouts and their models are left out (3 MB): a controller without handedness gets no
 * model (see src/xr/session/xr-store.ts), and a layout that is not listed cannot be asked for.
 * generic-hand's models are what pmndrs/xr draws for tracked hands (`generic-hand/<handedness>.glb`).
 *
 * JSON is written minified. GLB files are copied as they are, except that JPEG textures larger
 * than 512² are scaled down to 512² and re-encoded (quality 85): the generic models carry a
 * 1024² normal map of almost 1 MB each, far more detail than a controller a hand's length away
 * shows. That takes the generic models from 1.3–1.5 MB to about 0.4 MB each. jpeg-js (pure JS,
 * same bytes every run) does the coding.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('@webxr-input-profiles/assets/package.json'));
const SOURCE = join(PACKAGE, 'dist/profiles');
const TARGET = join(root, 'public/profiles');

/** Quest controllers first (Quest 3, Quest Pro, Quest 2), then the fallbacks. */
export const PROFILES = [
  'meta-quest-touch-plus',
  'meta-quest-touch-pro',
  'oculus-touch-v3',
  'generic-trigger-squeeze-thumbstick',
  'generic-trigger',
  'generic-hand',
] as const;

/** Handedness layouts worth shipping; see the header for why `none` is not among them. */
const HANDEDNESS = ['left', 'right'] as const;

interface Layout {
  assetPath: string;
  [key: string]: unknown;
}
interface Profile {
  profileId: string;
  layouts: Record<string, Layout>;
  [key: string]: unknown;
}

/** Longest texture edge the shipped models keep (px). */
const MAX_TEXTURE = 512;
const JPEG_QUALITY = 85;

interface Gltf {
  images?: { bufferView?: number; mimeType?: string }[];
  bufferViews: { buffer: number; byteOffset?: number; byteLength: number }[];
  buffers: { byteLength: number }[];
}

/** Halves an RGBA image (2×2 box filter) until its longest edge is at most `max`. */
function shrink(image: { width: number; height: number; data: Uint8Array }, max: number) {
  let { width, height, data } = image;
  while (Math.max(width, height) > max && width % 2 === 0 && height % 2 === 0) {
    const w = width / 2;
    const h = height / 2;
    const out = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        for (let c = 0; c < 4; c++) {
          const at = (dx: number, dy: number) => data[((y * 2 + dy) * width + x * 2 + dx) * 4 + c] ?? 0;
          out[(y * w + x) * 4 + c] = Math.round((at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4);
        }
      }
    }
    width = w;
    height = h;
    data = out;
  }
  return { width, height, data };
}

/** A JPEG made smaller, or the same bytes when it is already small enough. */
function smallerJpeg(bytes: Uint8Array): Uint8Array {
  const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  if (Math.max(decoded.width, decoded.height) <= MAX_TEXTURE) return bytes;
  const encoded = jpeg.encode(shrink(decoded, MAX_TEXTURE), JPEG_QUALITY).data;
  return encoded.byteLength < bytes.byteLength ? new Uint8Array(encoded) : bytes;
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;

/**
 * Rewrites a GLB with its large JPEG textures made smaller: every buffer view is laid out again,
 * 4-byte aligned, in its old order (GLB: 12-byte header, a JSON chunk, one BIN chunk).
 */
function shrinkGlb(glb: Buffer): Buffer {
  const jsonLength = glb.readUInt32LE(12);
  const gltf = JSON.parse(glb.subarray(20, 20 + jsonLength).toString('utf8')) as Gltf;
  const binStart = 20 + jsonLength + 8;
  const bin = glb.subarray(binStart, binStart + glb.readUInt32LE(20 + jsonLength));
  const imageViews = new Set((gltf.images ?? []).filter((i) => i.mimeType === 'image/jpeg').map((i) => i.bufferView));
  const views = gltf.bufferViews
    .map((view, index) => ({ view, index }))
    .sort((a, b) => (a.view.byteOffset ?? 0) - (b.view.byteOffset ?? 0));
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const { view, index } of views) {
    if (view.buffer !== 0) throw new Error('GLB with more than one buffer');
    let bytes: Uint8Array = bin.subarray(view.byteOffset ?? 0, (view.byteOffset ?? 0) + view.byteLength);
    if (imageViews.has(index)) bytes = smallerJpeg(bytes);
    const padded = new Uint8Array(align4(bytes.byteLength));
    padded.set(bytes);
    parts.push(padded);
    view.byteOffset = offset;
    view.byteLength = bytes.byteLength;
    offset += padded.byteLength;
  }
  const buffer = gltf.buffers[0];
  if (buffer) buffer.byteLength = offset;
  const json = Buffer.from(JSON.stringify(gltf), 'utf8');
  const jsonChunk = Buffer.alloc(align4(json.byteLength), 0x20);
  json.copy(jsonChunk);
  const total = 12 + 8 + jsonChunk.byteLength + 8 + offset;
  const out = Buffer.alloc(total);
  out.writeUInt32LE(0x46546c67, 0); // "glTF"
  out.writeUInt32LE(2, 4);
  out.writeUInt32LE(total, 8);
  out.writeUInt32LE(jsonChunk.byteLength, 12);
  out.writeUInt32LE(0x4e4f534a, 16); // "JSON"
  jsonChunk.copy(out, 20);
  let at = 20 + jsonChunk.byteLength;
  out.writeUInt32LE(offset, at);
  out.writeUInt32LE(0x004e4942, at + 4); // "BIN\0"
  at += 8;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function copyProfile(id: string): number {
  const from = join(SOURCE, id);
  const to = join(TARGET, id);
  mkdirSync(to, { recursive: true });
  const profile = readJson<Profile>(join(from, 'profile.json'));
  const layouts: Record<string, Layout> = {};
  let bytes = 0;
  for (const [key, layout] of Object.entries(profile.layouts)) {
    if (!HANDEDNESS.includes(key as (typeof HANDEDNESS)[number])) continue;
    layouts[key] = layout;
    const model = shrinkGlb(readFileSync(join(from, layout.assetPath)));
    writeFileSync(join(to, layout.assetPath), model);
    bytes += model.byteLength;
  }
  const json = JSON.stringify({ ...profile, layouts });
  writeFileSync(join(to, 'profile.json'), `${json}\n`);
  return bytes + json.length;
}

function main(): void {
  rmSync(TARGET, { recursive: true, force: true });
  mkdirSync(TARGET, { recursive: true });
  const list = readJson<Record<string, { path: string }>>(join(SOURCE, 'profilesList.json'));
  const kept: Record<string, { path: string }> = {};
  let total = 0;
  for (const id of PROFILES) {
    const entry = list[id];
    if (!entry) throw new Error(`${id} is not in @webxr-input-profiles/assets' profilesList.json`);
    kept[id] = entry;
    const bytes = copyProfile(id);
    total += bytes;
    console.log(`${id.padEnd(36)} ${(bytes / 1024).toFixed(0).padStart(6)} KB`);
  }
  writeFileSync(join(TARGET, 'profilesList.json'), `${JSON.stringify(kept)}\n`);
  copyFileSync(join(PACKAGE, 'LICENSE.md'), join(TARGET, 'LICENSE.md'));
  const { version } = readJson<{ version: string }>(join(PACKAGE, 'package.json'));
  console.log(
    `${PROFILES.length} profiles from @webxr-input-profiles/assets ${version}: ${(total / 1024 / 1024).toFixed(1)} MB in public/profiles`,
  );
}

main();
