/**
 * A tracked pose in plain numbers: position in metres, orientation as a unit quaternion — the
 * layout three.js' Vector3 and Quaternion copy into without allocating.
 */
export interface Pose {
  x: number;
  y: number;
  z: number;
  qx: number;
  qy: number;
  qz: number;
  qw: number;
}

/** A pose at a replay time; `tracked` is false where the part was not seen (hands out of view). */
export interface TrackedPose extends Pose {
  tracked: boolean;
}

/** The trainee's head and hands at one moment of a replay. */
export interface PoseFrame {
  head: TrackedPose;
  left: TrackedPose;
  right: TrackedPose;
}

export const POSE_PARTS = ['head', 'left', 'right'] as const;
export type PosePart = (typeof POSE_PARTS)[number];

export function identityPose(): TrackedPose {
  return { x: 0, y: 0, z: 0, qx: 0, qy: 0, qz: 0, qw: 1, tracked: false };
}

/** A frame to pass to `poseAt` again and again (one per replay view, not one per call). */
export function createPoseFrame(): PoseFrame {
  return { head: identityPose(), left: identityPose(), right: identityPose() };
}
