import type { VRMHumanBoneName } from '@pixiv/three-vrm';
import { type Object3D, Quaternion, Vector3 } from 'three';
import type { AvatarFrame } from './avatar-frame';
import { type Side, sideSign } from './humanoid-pose';
import { setBoneRotation } from './humanoid-poser';

const FINGERS = ['Index', 'Middle', 'Ring', 'Little'] as const;
const SEGMENTS = ['Proximal', 'Intermediate', 'Distal'] as const;
const THUMB_SEGMENTS = ['Metacarpal', 'Proximal', 'Distal'] as const;
/** How far each segment bends in a full fist (radians); a real fist folds the middle joint most. */
const FIST_BEND = [1.35, 1.6, 1.1] as const;

const PALM = new Vector3(0, -1, 0);
const FINGER_AXIS = new Vector3(1, 0, 0);
const opposition = new Quaternion();
const flexion = new Quaternion();

/**
 * Curls the fingers of both hands from open (0) to a fist (1), the index on its own so a hand
 * can point. Finger bones are optional in VRM: missing ones are skipped, so a mitten model
 * simply keeps its mitten.
 */
export class FingerPoser {
  /** Per side: 4 fingers × 3 segments, then the 3 thumb segments. */
  private readonly nodes: Record<Side, (Object3D | null)[]>;
  /** Per side: the axis the thumb bends about (its direction × the palm normal), from the model's rest pose. */
  private readonly thumbAxis: Record<Side, Vector3>;

  constructor(private readonly frame: AvatarFrame) {
    const humanoid = frame.vrm.humanoid;
    const find = (side: Side): (Object3D | null)[] => [
      ...FINGERS.flatMap((finger) =>
        SEGMENTS.map((segment) => humanoid.getNormalizedBoneNode(`${side}${finger}${segment}` as VRMHumanBoneName)),
      ),
      ...THUMB_SEGMENTS.map((segment) => humanoid.getNormalizedBoneNode(`${side}Thumb${segment}` as VRMHumanBoneName)),
    ];
    this.nodes = { left: find('left'), right: find('right') };
    const axis = (side: Side): Vector3 => {
      const distal = humanoid.getNormalizedBoneNode(side === 'left' ? 'leftThumbDistal' : 'rightThumbDistal');
      const direction = distal ? frame.flipVector(distal.position.clone()) : new Vector3(sideSign(side), 0, 1);
      return direction.normalize().cross(PALM).normalize();
    };
    this.thumbAxis = { left: axis('left'), right: axis('right') };
  }

  /** `curl` for the middle, ring and little fingers (and the thumb), `indexCurl` for the index. */
  apply(side: Side, curl: number, indexCurl: number): void {
    const nodes = this.nodes[side];
    const s = sideSign(side);
    for (let finger = 0; finger < FINGERS.length; finger++) {
      const amount = finger === 0 ? indexCurl : curl;
      // Fingers fan out a little when open and close up in a fist.
      const spread = (finger - 1.5) * 0.06 * (1 - amount);
      for (let segment = 0; segment < 3; segment++) {
        const node = nodes[finger * 3 + segment];
        if (!node) continue;
        const bend = amount * (FIST_BEND[segment] ?? 1) + 0.08;
        setBoneRotation(this.frame, node, 0, segment === 0 ? -spread * s : 0, -bend * s, 'ZYX');
      }
    }
    // The thumb swings under the palm (about the finger axis), then its joints bend across the fist.
    const thumb = Math.min(1, curl);
    const base = FINGERS.length * 3;
    const flex = this.thumbAxis[side];
    this.turn(
      nodes[base],
      opposition.setFromAxisAngle(FINGER_AXIS, 0.55 * thumb).multiply(flexion.setFromAxisAngle(flex, 0.15 * thumb)),
    );
    this.turn(nodes[base + 1], flexion.setFromAxisAngle(flex, 0.55 * thumb));
    this.turn(nodes[base + 2], flexion.setFromAxisAngle(flex, 0.75 * thumb));
  }

  private turn(node: Object3D | null | undefined, rotation: Quaternion): void {
    if (node) this.frame.flipQuaternion(node.quaternion.copy(rotation));
  }
}
