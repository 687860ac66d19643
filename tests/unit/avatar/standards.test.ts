import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import validator from 'gltf-validator';
import { describe, expect, it } from 'vitest';
import { type JsonSchema, schemaProblems } from '../../support/json-schema';

/**
 * The shipped avatars against the standards other tools hold them to: Khronos' glTF validator
 * (the reference implementation) and the VRM 1.0 schema of the VRMC_vrm extension.
 */
const DIR = join(process.cwd(), 'public/avatars');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.vrm'));
const schema = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/fixtures/vrm-schema/VRMC_vrm-1.0.schema.json'), 'utf8'),
) as JsonSchema;

/** The JSON chunk of a binary glTF (GLB): 12-byte header, then chunk length, type "JSON", data. */
function glbJson(bytes: Uint8Array): { extensions?: { VRMC_vrm?: unknown } } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x46546c67) throw new Error('not a GLB file');
  const length = view.getUint32(12, true);
  if (view.getUint32(16, true) !== 0x4e4f534a) throw new Error('first GLB chunk is not JSON');
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)));
}

/**
 * Findings the validator reports for every VRM by design: it does not know the VRMC_vrm
 * extension and says so as an info (severity 2), not a warning. Nothing else is tolerated.
 */
const INHERENT = new Set([
  "UNSUPPORTED_EXTENSION:Cannot validate an extension as it is not supported by the validator: 'VRMC_vrm'.",
]);

describe('the shipped avatars', () => {
  it('are all twelve customers', () => {
    expect(FILES.length).toBe(12);
  });

  it.each(FILES)(
    '%s passes the Khronos glTF validator with 0 errors and 0 warnings',
    async (file) => {
      const report = await validator.validateBytes(new Uint8Array(readFileSync(join(DIR, file))), { maxIssues: 200 });
      const unexpected = report.issues.messages.filter((m) => !INHERENT.has(`${m.code}:${m.message}`));
      expect(unexpected).toEqual([]);
      expect(report.issues.numErrors).toBe(0);
      expect(report.issues.numWarnings).toBe(0);
    },
    30_000,
  );

  it.each(FILES)('%s has a VRMC_vrm extension that conforms to the VRM 1.0 schema', (file) => {
    const vrm = glbJson(new Uint8Array(readFileSync(join(DIR, file)))).extensions?.VRMC_vrm;
    expect(vrm).toBeDefined();
    expect(schemaProblems(schema, vrm)).toEqual([]);
  });
});

describe('the VRM 1.0 schema check', () => {
  const vrm = glbJson(new Uint8Array(readFileSync(join(DIR, FILES[0] as string)))).extensions?.VRMC_vrm as unknown;

  it('refuses what the avatars once had: an empty morphTargetBinds on neutral', () => {
    const broken = structuredClone(vrm) as { expressions: { preset: { neutral: Record<string, unknown> } } };
    broken.expressions.preset.neutral.morphTargetBinds = [];
    expect(schemaProblems(schema, broken)).toEqual([
      '/expressions/preset/neutral/morphTargetBinds: 0 items, at least 1 required',
    ]);
  });

  it('refuses a missing required bone, a wrong enum value and a negative node id', () => {
    const broken = structuredClone(vrm) as {
      humanoid: { humanBones: Record<string, { node: number }> };
      meta: Record<string, unknown>;
    };
    delete broken.humanoid.humanBones.hips;
    broken.meta.avatarPermission = 'anyone';
    (broken.humanoid.humanBones.head as { node: number }).node = -1;
    const problems = schemaProblems(schema, broken);
    expect(problems).toContain('/humanoid/humanBones: "hips" is required');
    expect(problems.some((p) => p.startsWith('/meta/avatarPermission'))).toBe(true);
    expect(problems).toContain('/humanoid/humanBones/head/node: -1 < 0');
  });

  it('refuses a schema keyword it does not know rather than skip it', () => {
    expect(() => schemaProblems({ type: 'object', patternProperties: {} }, {})).toThrow(/patternProperties/);
  });
});
