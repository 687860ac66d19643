/**
 * Generates the default customer avatars as VRM 1.0 files:
 *   assets/avatars/customers.json  →  public/avatars/<id>.vrm
 * Deterministic: no clock, no randomness, so re-running rewrites identical bytes.
 * Usage: npx tsx scripts/avatars/generate-avatars.ts [id ...]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAvatar } from './build-avatar';
import { readCustomerSpecs } from './customer-spec';
import { exportVrm } from './vrm/export-vrm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const specPath = join(root, 'assets/avatars/customers.json');
const outDir = join(root, 'public/avatars');

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const specs = readCustomerSpecs(specPath).filter((s) => only.size === 0 || only.has(s.id));
  mkdirSync(outDir, { recursive: true });
  for (const spec of specs) {
    const avatar = buildAvatar(spec);
    const bytes = await exportVrm(avatar);
    const file = join(outDir, `${spec.id}.vrm`);
    writeFileSync(file, bytes);
    const triangles = (avatar.body.geometry.index?.count ?? 0) / 3 + (avatar.face.geometry.index?.count ?? 0) / 3;
    console.log(
      `${spec.id.padEnd(12)} ${(bytes.byteLength / 1024).toFixed(0).padStart(5)} KB  ${triangles} triangles  → ${file}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
