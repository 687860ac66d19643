import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { LAYOUT, XR_LAYOUT } from '../../../src/scene/layout';
import { liftFor, recenteredOrigin } from '../../../src/xr/session/origin-pose';

/** Where a head pose in the reference space ends up in the room, through the origin as three applies it. */
function inRoom(origin: ReturnType<typeof recenteredOrigin>, position: Vector3, forward: Vector3) {
  const m = new Matrix4().compose(
    new Vector3(origin.x, origin.y, origin.z),
    new Quaternion().setFromEuler(new Euler(0, origin.yaw, 0)),
    new Vector3(1, 1, 1),
  );
  return { position: position.clone().applyMatrix4(m), forward: forward.clone().transformDirection(m) };
}

describe('recenteredOrigin', () => {
  const cases = [
    { name: 'already in place', head: new Vector3(0, 1.6, 0), heading: 0 },
    { name: 'a step to the side, turned left', head: new Vector3(0.8, 1.7, -0.3), heading: 0.9 },
    { name: 'behind, turned right', head: new Vector3(-1.2, 1.55, 2.1), heading: -2.2 },
    { name: 'facing backwards', head: new Vector3(0.1, 1.6, 0.4), heading: Math.PI },
  ];
  for (const c of cases) {
    it(`puts the head above the trainee's spot, facing the customer (${c.name})`, () => {
      // Heading h turns −z counter-clockwise seen from above: forward = (−sin h, 0, −cos h), pitched down a little.
      const forward = new Vector3(-Math.sin(c.heading), -0.3, -Math.cos(c.heading)).normalize();
      const origin = recenteredOrigin(
        { x: c.head.x, y: c.head.y, z: c.head.z, forwardX: forward.x, forwardZ: forward.z },
        'standing',
        0,
      );
      const room = inRoom(origin, c.head, forward);
      expect(room.position.x).toBeCloseTo(LAYOUT.trainee.x, 6);
      expect(room.position.z).toBeCloseTo(LAYOUT.trainee.z, 6);
      // Standing: the real floor, so the head keeps its own height.
      expect(room.position.y).toBeCloseTo(c.head.y, 6);
      // Facing −z (towards the customer), with the pitch left as it was.
      expect(room.forward.x).toBeCloseTo(0, 6);
      expect(room.forward.z).toBeLessThan(0);
      expect(room.forward.y).toBeCloseTo(forward.y, 6);
    });
  }

  it('keeps the current turn when the head looks straight down', () => {
    const origin = recenteredOrigin({ x: 0, y: 1.6, z: 0, forwardX: 0, forwardZ: 0 }, 'standing', 0.7);
    expect(origin.yaw).toBeCloseTo(0.7, 9);
  });

  it('lifts a seated trainee to standing eye height, within the cap', () => {
    expect(liftFor('standing', 1.1)).toBe(0);
    expect(liftFor('seated', LAYOUT.trainee.eyeHeight - 0.4)).toBeCloseTo(Math.min(0.4, XR_LAYOUT.maxSeatedLift), 9);
    expect(liftFor('seated', 0.2)).toBe(XR_LAYOUT.maxSeatedLift);
    expect(liftFor('seated', 1.9)).toBe(0);
    const origin = recenteredOrigin({ x: 0, y: 1.2, z: 0, forwardX: 0, forwardZ: -1 }, 'seated', 0);
    expect(origin.y + 1.2).toBeCloseTo(Math.min(LAYOUT.trainee.eyeHeight, 1.2 + XR_LAYOUT.maxSeatedLift), 9);
  });
});
