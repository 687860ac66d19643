import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { BoxGeometry, CapsuleGeometry, type Group, MeshStandardMaterial, SphereGeometry } from 'three';
import type { TrackedPose } from '../core/recording/pose';
import { FRAME_ORDER } from '../scene/frame-order';
import { useDisposable } from '../scene/room/useDisposable';
import { playhead } from './replay-playhead';

export interface TraineeGhostProps {
  /** Hide the head (the camera is inside it in the trainee's own view). */
  hideHead?: boolean;
}

/** Where the head's centre sits relative to the eyes (head frame: −z is forward): up and back. */
const HEAD_CENTRE: [number, number, number] = [0, 0.03, 0.08];
/** The torso hint hangs this far below the eyes (m) and turns only with the head's yaw. */
const TORSO_DROP = 0.42;

/** The head's turn about the vertical axis (YXZ order), without allocating a Euler. */
function yawOf(q: TrackedPose): number {
  return Math.atan2(2 * (q.qx * q.qz + q.qw * q.qy), 1 - 2 * (q.qx * q.qx + q.qy * q.qy));
}

function place(group: Group | null, pose: TrackedPose): void {
  if (!group) return;
  group.visible = pose.tracked;
  if (!pose.tracked) return;
  group.position.set(pose.x, pose.y, pose.z);
  group.quaternion.set(pose.qx, pose.qy, pose.qz, pose.qw);
}

/**
 * The trainee as the recording saw them: a translucent head with a visor showing where they
 * looked, a faint torso below it (not tracked: it only makes the head read as a person from
 * across the room), and two hands, placed from the recorded poses every frame (nothing allocated). A part
 * that was not tracked at that moment (a hand out of view) is hidden. The geometries and the
 * material are this component's own and are disposed with it.
 */
export function TraineeGhost({ hideHead = false }: TraineeGhostProps) {
  const head = useRef<Group>(null);
  const left = useRef<Group>(null);
  const right = useRef<Group>(null);
  const skull = useDisposable(() => new SphereGeometry(0.1, 24, 16));
  const visor = useDisposable(() => new BoxGeometry(0.15, 0.045, 0.04));
  const hand = useDisposable(() => new BoxGeometry(0.075, 0.025, 0.1));
  const chest = useDisposable(() => new CapsuleGeometry(0.15, 0.3, 4, 16));
  const torso = useRef<Group>(null);
  const body = useDisposable(
    () =>
      new MeshStandardMaterial({
        color: '#6cc6f5',
        emissive: '#1d6f99',
        emissiveIntensity: 0.5,
        transparent: true,
        opacity: 0.6,
        depthWrite: false,
      }),
  );
  const faint = useDisposable(
    () =>
      new MeshStandardMaterial({
        color: '#6cc6f5',
        emissive: '#1d6f99',
        emissiveIntensity: 0.4,
        transparent: true,
        opacity: 0.22,
        depthWrite: false,
      }),
  );
  const glass = useDisposable(
    () => new MeshStandardMaterial({ color: '#1b3a4b', transparent: true, opacity: 0.75, depthWrite: false }),
  );
  useFrame(() => {
    const h = playhead.pose.head;
    place(head.current, h);
    if (torso.current) {
      torso.current.visible = h.tracked && !hideHead;
      torso.current.position.set(h.x, h.y - TORSO_DROP, h.z);
      torso.current.rotation.set(0, yawOf(h), 0);
    }
    place(left.current, playhead.pose.left);
    place(right.current, playhead.pose.right);
    if (head.current && hideHead) head.current.visible = false;
  }, FRAME_ORDER.scene);
  return (
    <group name="trainee-ghost">
      <group ref={head} name="ghost-head">
        <mesh geometry={skull} material={body} position={HEAD_CENTRE} scale={[0.85, 1.1, 1]} />
        <mesh geometry={visor} material={glass} position={[0, 0, -0.005]} />
      </group>
      <group ref={torso} name="ghost-torso">
        <mesh geometry={chest} material={faint} position={[0, 0, 0.08]} scale={[1, 1, 0.55]} />
      </group>
      <group ref={left} name="ghost-left-hand">
        <mesh geometry={hand} material={body} />
      </group>
      <group ref={right} name="ghost-right-hand">
        <mesh geometry={hand} material={body} />
      </group>
    </group>
  );
}
