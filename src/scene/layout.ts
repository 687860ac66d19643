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
   * answers on the counter (37°–52° below the horizon) at the bottom. Looking straight at
   * the face, the counter 0.6 m below the eyes would be out of view.
   */
  desktopLookAt: { x: 0, y: 1.21, z: -0.6 },
  room: { width: 7, depth: 8, height: 3, backWallZ: -3.4 },
  /**
   * The service sign on the back wall, above the right-hand shelves: centred behind the customer,
   * a tall customer's head or cap covered its lower line on the desktop (the sign is at the top
   * edge of the view, the head just below it). Off to the right it stays whole and clear of the
   * subtitle, which sits lower, of the title and key hints at the top left and (at 1280×800 and
   * wider) of the buttons at the top right.
   */
  sign: { x: 1.45, y: 2.55 },
  /**
   * The answers' bottom edge (the panel grows up from it, tilted to face the standing eye): 53.5°
   * below the eye line, 0.74 m away, just above the near half of the counter top. Everything the
   * trainee must read in the customer lies higher: the head 3° below the eye line, the hands
   * resting on the counter or gesturing at about 25–35°. The compact answer panel (two columns,
   * at most two lines an answer, ChoicePanel.tsx) is 0.19 m tall, so its top edge stays near 38.5°
   * and the desktop view's lower edge (55° with the camera's default pitch) just holds it. A cue
   * pill or deadline bar above the answers raises the top by up to 3°: at a bottom edge of 52° a
   * gesturing hand at 34.5° once met it (layout.e2e.ts), hence 53.5°. x is
   * offset because the control column (Interrupt / Continue / Pause) hangs on the answers' right:
   * the answers themselves stay centred on the customer.
   */
  choicePanel: { x: 0.097, y: 1.055, z: 0.18 },
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
 * 0.7 m from standing eyes and 37–52° below them (a glance down, within reach), the subtitle
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
   * The VR controls (recenter, seated/standing, exit): right of the answers and their control
   * column (38° below standing eyes, 60° to the right), tilted to face the eyes; out of the way
   * of the customer and of the answers, a glance and a ray away.
   */
  comfortPanel: { x: 0.76, y: 1.18, z: 0.22, tiltX: -0.85 },
  /**
   * Voice mode's microphone indicator and privacy line (src/xr/session/VoiceXrPanel.tsx): the
   * comfort panel's mirror image, left of the answers, width in mm.
   */
  voicePanel: { x: -0.66, y: 1.18, z: 0.22, tiltX: -0.85, width: 300 },
  /**
   * The answers in a headset, as seen from standing eyes looking straight ahead. Below the
   * customer's hands (25–35° down) a headset's view ends at about 45°, so the desktop's place on
   * the counter is cut off; beside the customer there is room, and above the hands: a gesturing
   * hand swings out to −15° across at 23–27° down, under a sheet beside the waist. One column of
   * cards (controls in a row beneath) stands to the left at the height of the customer's face,
   * turned to face the eyes: its bottom edge `bottom` radians below the eye line, its centre
   * `azimuth` radians left, `distance` metres away, drawn at `scale` of the desktop's millimetre:
   * about 26 cm wide, from −34° to −12° across and −8° to +11° up, inside the right eye's view
   * too (shifted by the eyes' distance) of a 78°-wide eye at 1280×800.
   */
  answers: { azimuth: -0.41, bottom: -0.14, distance: 0.8, scale: 0.6, width: 440 },
  /**
   * The debrief in a headset: LAYOUT.debriefPanel's place reached from −46° to −5° across, past
   * the left edge of an eye's view (±39° at 1280×800). Nearer the middle and at 0.7 scale
   * (49 cm wide, 0.74 m away) it spans about −34° to 0°, inside the right eye's view as well.
   */
  debrief: { x: -0.25, scale: 0.7 },
} as const;
