/**
 * A GLTFExporter plugin that writes the VRMC_vrm 1.0 extension: meta, humanoid
 * bones, expressions (morph binds on the face mesh) and look-at. It runs after
 * the scene is written, when the exporter knows every object's node index.
 */
import type { Object3D } from 'three';
import type { GLTFExporterPlugin, GLTFWriter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import type { BuiltAvatar } from '../build-avatar';
import { EXPRESSION_NAMES, type ExpressionName } from '../face/face-pose';

export const VRM_LICENSE_URL = 'https://vrm.dev/licenses/1.0/';
export const VRM_AUTHOR = 'Counterpart generator';

/** The writer's JSON and node table are public fields in three.js but missing from its typings. */
interface WriterInternals {
  json: { extensions?: Record<string, unknown> };
  nodeMap: Map<Object3D, number>;
  extensionsUsed: Record<string, boolean>;
}

type Override = 'none' | 'block' | 'blend';

/** Emotions that close the eyes partly suppress blinking, so lids never cross. */
const OVERRIDES: Partial<Record<ExpressionName, { blink?: Override; mouth?: Override }>> = {
  happy: { blink: 'blend' },
  relaxed: { blink: 'blend' },
  surprised: { blink: 'blend', mouth: 'blend' },
};

export function vrmExtensionPlugin(avatar: BuiltAvatar): (writer: GLTFWriter) => GLTFExporterPlugin {
  return (writer) => ({
    afterParse() {
      const internals = writer as unknown as WriterInternals;
      const node = (object: Object3D): number => {
        const index = internals.nodeMap.get(object);
        if (index === undefined) throw new Error(`${object.name} was not exported`);
        return index;
      };
      const humanBones = Object.fromEntries(
        avatar.rig.order.map((name) => {
          const bone = avatar.rig.bones.get(name);
          if (!bone) throw new Error(`missing bone ${name}`);
          return [name, { node: node(bone) }];
        }),
      );
      const preset = Object.fromEntries(
        EXPRESSION_NAMES.map((name) => {
          const index = avatar.morphIndex.get(name);
          const o = OVERRIDES[name] ?? {};
          return [
            name,
            {
              // The VRM 1.0 schema wants at least one bind when the key is present; neutral is the base shape and has none.
              ...(index === undefined ? {} : { morphTargetBinds: [{ node: node(avatar.face), index, weight: 1 }] }),
              isBinary: false,
              overrideBlink: o.blink ?? 'none',
              overrideLookAt: 'none',
              overrideMouth: o.mouth ?? 'none',
            },
          ];
        }),
      );
      const { spec } = avatar;
      const gaze = (degrees: number) => ({ inputMaxValue: degrees, outputScale: 1 });
      internals.json.extensions ??= {};
      internals.json.extensions.VRMC_vrm = {
        specVersion: '1.0',
        meta: {
          name: spec.name,
          version: '1.0.0',
          authors: [VRM_AUTHOR],
          copyrightInformation: 'Generated from assets/avatars/customers.json by scripts/avatars',
          licenseUrl: VRM_LICENSE_URL,
          avatarPermission: 'everyone',
          allowExcessivelyViolentUsage: false,
          allowExcessivelySexualUsage: false,
          commercialUsage: 'corporation',
          allowPoliticalOrReligiousUsage: false,
          allowAntisocialOrHateUsage: false,
          creditNotation: 'unnecessary',
          allowRedistribution: true,
          modification: 'allowModificationRedistribution',
        },
        humanoid: { humanBones },
        firstPerson: {
          meshAnnotations: [
            { node: node(avatar.body), type: 'auto' },
            { node: node(avatar.face), type: 'thirdPersonOnly' },
          ],
        },
        // The irises move by morph targets (lookUp/Down/Left/Right): they stay on the face surface.
        lookAt: {
          type: 'expression',
          offsetFromHeadBone: [...avatar.lookAtOffset],
          rangeMapHorizontalInner: gaze(40),
          rangeMapHorizontalOuter: gaze(40),
          rangeMapVerticalDown: gaze(30),
          rangeMapVerticalUp: gaze(30),
        },
        expressions: { preset, custom: {} },
      };
      internals.extensionsUsed.VRMC_vrm = true;
    },
  });
}
