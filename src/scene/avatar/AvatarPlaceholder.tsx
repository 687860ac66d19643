/** Mid-grey, matte: reads as "someone stands here" without pretending to be a person. */
const COLOR = '#8a8f96';

export interface AvatarPlaceholderProps {
  /** Standing height in metres. */
  height?: number;
}

/**
 * A neutral stand-in when the customer's VRM cannot be loaded: a rounded body and a head at a
 * person's height, in the customer's place, so the scene stays usable. Four draw calls.
 */
export function AvatarPlaceholder({ height = 1.72 }: AvatarPlaceholderProps) {
  const s = height / 1.72;
  return (
    <group scale={s} name="avatar-placeholder">
      <mesh position={[0, 0.78, 0]}>
        <capsuleGeometry args={[0.19, 0.95, 6, 16]} />
        <meshStandardMaterial color={COLOR} roughness={0.9} />
      </mesh>
      <mesh position={[0, 1.47, 0]}>
        <cylinderGeometry args={[0.055, 0.065, 0.12, 12]} />
        <meshStandardMaterial color={COLOR} roughness={0.9} />
      </mesh>
      <mesh position={[0, 1.6, 0]}>
        <sphereGeometry args={[0.11, 24, 16]} />
        <meshStandardMaterial color={COLOR} roughness={0.9} />
      </mesh>
      <mesh position={[0, 1.36, 0]} rotation={[0, 0, Math.PI / 2]}>
        <capsuleGeometry args={[0.08, 0.3, 4, 12]} />
        <meshStandardMaterial color={COLOR} roughness={0.9} />
      </mesh>
    </group>
  );
}
