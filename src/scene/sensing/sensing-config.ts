import { DEG } from '../../core/sensing/gaze';

/**
 * Half-angle of the eye-contact cone around the line from the head to the customer's face.
 *
 * Headset: ±15°, the head turned to the face (the eyes do the rest; people rarely look more than
 * about 15° off their head direction in conversation).
 *
 * Desktop: ±22°. There is no head, only the camera the trainee turns by dragging, and its
 * starting view is framed to show the customer and the answers on the counter: it points 20° down
 * (LAYOUT.desktopLookAt), which leaves the face 16.5° above the centre of the view. A 15° cone
 * would call that default view "looking away"; 22° counts it as facing the customer while a turn
 * of about 15° to the side no longer does. The debrief says that the desktop figure comes from
 * the camera direction.
 */
export const EYE_CONTACT_CONE = { headset: 15 * DEG, desktop: 22 * DEG } as const;

/**
 * The longest frame counted (s). Gaps from a pause, a hidden tab or a lost context never count
 * (the sensor skips the first frame after them); what is left are slow frames, and those count
 * in full: the view on screen was the one rendered, however long it stayed (software rendering
 * under load draws a frame every second or two). Only an absurd stall is cut short.
 */
export const MAX_FRAME_S = 5;
