import { LAYOUT, XR_LAYOUT } from '../../scene/layout';

/** Standing (true floor) or seated (lifted to a standing trainee's eye height). */
export type Posture = 'standing' | 'seated';

/** Where the XR origin (the trainee's floor) sits in the room: a position and a turn about y. */
export interface OriginPose {
  x: number;
  y: number;
  z: number;
  yaw: number;
}

/** The head in the reference space: position and the horizontal part of where it looks. */
export interface HeadPose {
  x: number;
  y: number;
  z: number;
  forwardX: number;
  forwardZ: number;
}

/** Feet at the trainee's spot behind the counter, facing −z (the customer); the real floor. */
export const TRAINEE_ORIGIN: OriginPose = { x: LAYOUT.trainee.x, y: 0, z: LAYOUT.trainee.z, yaw: 0 };

/** How far a seated trainee is lifted so the head is at standing eye height; 0 when standing. */
export function liftFor(posture: Posture, headHeight: number): number {
  if (posture === 'standing') return 0;
  return Math.min(XR_LAYOUT.maxSeatedLift, Math.max(0, LAYOUT.trainee.eyeHeight - headHeight));
}

/**
 * The origin that puts this head exactly above the trainee's spot, looking towards the customer:
 * turn by minus the head's heading (yaw only; pitch and roll stay the trainee's own), then shift
 * so the turned head lands on the spot. `currentYaw` is kept when the head looks straight up or
 * down and has no heading to speak of.
 */
export function recenteredOrigin(head: HeadPose, posture: Posture, currentYaw: number): OriginPose {
  const flat = Math.hypot(head.forwardX, head.forwardZ);
  // Heading: 0 looking along −z, positive turning left (counter-clockwise seen from above).
  const yaw = flat < 1e-3 ? -currentYaw : Math.atan2(-head.forwardX, -head.forwardZ);
  const turn = -yaw;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  // three's rotation about y: x' = x cos + z sin, z' = −x sin + z cos.
  const headX = head.x * cos + head.z * sin;
  const headZ = -head.x * sin + head.z * cos;
  return { x: TRAINEE_ORIGIN.x - headX, y: liftFor(posture, head.y), z: TRAINEE_ORIGIN.z - headZ, yaw: turn };
}
