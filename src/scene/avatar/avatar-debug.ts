import type { VRM, VRMHumanBoneName } from '@pixiv/three-vrm';
import type { Vector3 } from 'three';
import type { Gesture } from '../../core/scenario/vocabulary';

/** What tests and benches can read about the customer avatar without touching three.js objects. */
export interface AvatarDebugSnapshot {
  /** Current weight of each VRM expression preset the avatar drives (emotions, mouth shapes, blink). */
  expressions: Record<string, number>;
  /** The gesture playing now (the incoming one while two blend), and how much of it shows. */
  gesture: Gesture;
  gestureWeight: number;
  /** Smoothed posture drives, 0..1. */
  posture: { tension: number; guard: number; loose: number };
}

type Reader = () => AvatarDebugSnapshot;

/**
 * The only module-level state of the avatar runtime: the mounted avatar registers a reader
 * here (no per-frame cost), tests and benches call `readAvatarDebug`.
 */
let reader: Reader | null = null;

/** Registers the mounted avatar; returns the unregister function for the effect clean-up. */
export function registerAvatarDebug(read: Reader): () => void {
  reader = read;
  return () => {
    if (reader === read) reader = null;
  };
}

/** The current expression weights and gesture of the mounted avatar, or null when none is mounted. */
export function readAvatarDebug(): AvatarDebugSnapshot | null {
  return reader ? reader() : null;
}

/** The mounted customer's VRM, for the bone positions the browser tests project to the screen. */
let bones: VRM | null = null;

/** Registers the mounted avatar's skeleton; returns the unregister function for the effect clean-up. */
export function registerAvatarBones(vrm: VRM): () => void {
  bones = vrm;
  return () => {
    if (bones === vrm) bones = null;
  };
}

/** Writes a humanoid bone's world position (as last drawn) into `target`; false when no avatar or no such bone. */
export function readAvatarBone(name: VRMHumanBoneName, target: Vector3): boolean {
  const node = bones?.humanoid.getRawBoneNode(name);
  if (!node) return false;
  node.getWorldPosition(target);
  return true;
}
