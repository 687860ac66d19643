/**
 * Where things stand in the training room (metres, y up). The counter runs along x at z = 0;
 * the trainee stands behind it at +z looking towards −z; the customer stands in front of it at
 * −z facing +z (VRM avatars face +z, so they need no turn). Conversation distance ≈ 1.2 m.
 */
export const LAYOUT = {
  counter: { width: 2.4, depth: 0.62, height: 1.02, z: 0 },
  trainee: { x: 0, z: 0.62, eyeHeight: 1.65 },
  customer: { x: 0, z: -0.6 },
  /** The customer's face: what eye contact is measured against and where the avatar's eyes are. */
  customerFace: { x: 0, y: 1.58, z: -0.6 },
  /**
   * Where the desktop camera looks at first: 20° down, at the customer's waist. With a 70° field
   * of view that shows the customer's head (+6°) and the subtitle beside it at the top, and the
   * answers lying on the counter (27°–55° below the horizon) at the bottom. Looking straight at
   * the face, the counter 0.6 m below the eyes would be out of view.
   */
  desktopLookAt: { x: 0, y: 1.21, z: -0.6 },
  room: { width: 7, depth: 8, height: 3, backWallZ: -3.4 },
  /** In-scene panels: answers in front of the trainee, slightly below eye level and within reach. */
  choicePanel: { x: 0, y: 1.2, z: 0.12, tiltX: -0.55 },
  /** Beside the customer's head (not above it, where a desktop view would cut it off). */
  subtitle: { x: 0.52, y: 1.74, z: -0.5 },
  /** Left of the customer, so the customer stays in view (and the desktop's DOM debrief sits on the right). */
  debriefPanel: { x: -0.42, y: 1.45, z: -0.12 },
} as const;

/** How far the desktop camera may look around (radians): enough to see the room, never behind. */
export const LOOK_LIMITS = { yaw: 0.75, pitchUp: 0.35, pitchDown: 0.55 } as const;

/**
 * Placement in immersive VR (metres). The trainee's feet go to LAYOUT.trainee (x, z), facing −z;
 * the conversation panels stay where LAYOUT puts them, which suits a headset too: the answers
 * 0.67 m from standing eyes and 42° below them (reading height, within reach), the subtitle
 * 1.2 m away beside the customer's face, the debrief 0.8 m away at chest height.
 */
export const XR_LAYOUT = {
  /**
   * Seated trainees are lifted so their eyes are at LAYOUT.trainee.eyeHeight: seated at true
   * height the counter (1.02 m) would reach their chin and the customer tower over them. The
   * lift is measured from the head at recentering and capped, so a trainee who recenters while
   * standing in seated mode is not thrown into the ceiling.
   */
  maxSeatedLift: 0.9,
  /**
   * The VR controls (recenter, seated/standing, exit): right of the answers, at their height
   * (38° below standing eyes, 49° to the right), tilted to face the eyes; out of the way of the
   * customer, a glance and a ray away.
   */
  comfortPanel: { x: 0.46, y: 1.18, z: 0.22, tiltX: -0.85 },
} as const;
