/**
 * Which controllers the pause buttons (B right, Y left) are listened to on right now, written by
 * `useControllerPause` after each commit. Browser tests read it through `__counterpartXR` before
 * they press: a controller that has just come back is listened to only once React has rendered
 * its new input state, and a press before that is lost.
 */
export const pauseListening = { right: false, left: false };
