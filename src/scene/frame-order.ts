/**
 * The order of the app's per-frame work: every `useFrame(callback, priority)` takes its priority
 * from here. R3F runs lower priorities first; callbacks of one priority run in mount order, so
 * only work that reads what other work wrote this frame needs a priority of its own. No priority
 * is positive: a positive one makes R3F hand the render call to the app (it stops rendering).
 *
 * One frame, in order:
 * 1. REPLAY_DRIVER: the replay's playhead advances and the trainee's pose, the customer's cues
 *    and the replay voice are brought up to it — first, because everything after reads them.
 * 2. REVIEW_CAMERA: the replay's camera takes the recorded head pose (trainee view) or aims at
 *    the trainee's ghost (customer view) — before the customer, who looks at where the camera is.
 * 3. SCENE (the default): the rest, which only read state from stores and refs, never each
 *    other's frame output — the trainee's origin in a headset (recenter), the desktop look, the
 *    customer's rig (body, gaze, face, lip-sync), the deadline strip, voice mode's level bar in VR, pose capture, body-language
 *    sensing, the ghost of the replay and the renderer probe (which reads the previous frame).
 */
export const FRAME_ORDER = {
  replayDriver: -2,
  reviewCamera: -1,
  scene: 0,
} as const;
