import type { VRM } from '@pixiv/three-vrm';
import type { Object3D, Quaternion, Vector3 } from 'three';

/**
 * The avatar frame (+x = the avatar's left, +z = its front, origin between the feet) expressed
 * through `vrm.scene`. A VRM 1.0 model already faces +z in its scene; a VRM 0.x model faces −z and
 * `VRMUtils.rotateVRM0` turns its scene by 180°, so its normalized bones and scene-local points
 * see the avatar frame mirrored in x and z. Flipping x and z of vectors and quaternions (what
 * three-vrm's Mixamo retargeting example does for VRM 0.x) converts both ways.
 */
export class AvatarFrame {
  readonly isVrm0: boolean;

  constructor(readonly vrm: VRM) {
    this.isVrm0 = vrm.meta.metaVersion === '0';
  }

  /** Converts a point or direction between the avatar frame and the model frame (the flip is its own inverse). */
  flipVector(v: Vector3): Vector3 {
    if (this.isVrm0) v.set(-v.x, v.y, -v.z);
    return v;
  }

  flipQuaternion(q: Quaternion): Quaternion {
    if (this.isVrm0) q.set(-q.x, q.y, -q.z, q.w);
    return q;
  }

  /** Avatar-frame point → world, in place (uses the scene's current world matrix). */
  toWorld(point: Vector3): Vector3 {
    return this.vrm.scene.localToWorld(this.flipVector(point));
  }

  /** World point → avatar frame, in place. */
  toAvatar(point: Vector3): Vector3 {
    return this.flipVector(this.vrm.scene.worldToLocal(point));
  }

  /** Body-relative point (avatar-frame offset from `node`'s rest position) → world, following the node's current pose. */
  nodeToWorld(node: Object3D, offset: Vector3): Vector3 {
    return node.localToWorld(this.flipVector(offset));
  }
}
