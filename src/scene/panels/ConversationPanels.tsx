import type { Vector3Tuple } from 'three';
import { useSession } from '../../state/session';
import { useTextView } from '../../state/text-view-store';
import { useXrPresence } from '../../state/xr-presence';
import { LAYOUT, XR_LAYOUT } from '../layout';
import { ChoicePanel } from './ChoicePanel';
import { DebriefPanel } from './DebriefPanel';
import { PANEL_PLACES } from './object-name';
import { SubtitlePanel } from './SubtitlePanel';

export interface ConversationPanelsProps {
  /** Where the trainee's eyes are; the subtitle and the debrief tilt to face this point. */
  viewer?: Vector3Tuple;
}

const EYE: Vector3Tuple = [LAYOUT.trainee.x, LAYOUT.trainee.eyeHeight, LAYOUT.trainee.z];

/**
 * The subtitle bubble's tail tip sits this far below LAYOUT.subtitle, so a two-line bubble is
 * centred on the layout point and longer ones grow upwards, clear of the customer's face.
 */
const SUBTITLE_DROP = 0.1;

/** Turn about x that makes a panel at (y, z) face a viewer at (eyeY, eyeZ): it tilts, never yaws. */
const facing = (y: number, z: number, [, eyeY, eyeZ]: Vector3Tuple) => -Math.atan2(eyeY - y, eyeZ - z);

/**
 * The subtitle beside the customer's head lies parallel to the desktop camera's picture plane
 * (tilted by the camera's default pitch, not turned towards the eye): off to the side of a wide
 * view, a panel turned to face the eye shows as a skewed trapezoid, a parallel one stays square.
 */
const { trainee, desktopLookAt } = LAYOUT;
const PICTURE_PLANE_TILT = Math.atan2(desktopLookAt.y - trainee.eyeHeight, trainee.z - desktopLookAt.z);

/**
 * The headset's answer sheet (XR_LAYOUT.answers): its bottom centre on a ray from the standing
 * eyes, turned towards them about y and tilted back about x by the angle of its middle.
 */
const VR_ANSWERS = (() => {
  const { azimuth, bottom, distance } = XR_LAYOUT.answers;
  const flat = distance * Math.cos(bottom);
  const position: Vector3Tuple = [
    trainee.x + flat * Math.sin(azimuth),
    trainee.eyeHeight + distance * Math.sin(bottom),
    trainee.z - flat * Math.cos(azimuth),
  ];
  // The sheet is about 0.3 m tall: its middle is some 11° above its bottom edge.
  const rotation: [number, number, number, 'YXZ'] = [bottom + 0.19, -azimuth, 0, 'YXZ'];
  return { position, rotation };
})();

/**
 * The in-scene conversation UI, placed inside the R3F <Canvas>: the customer's line beside their
 * head, the answers low on the counter in front of the trainee (below the customer's hands, see
 * LAYOUT.choicePanel) — in a headset in one column beside the customer (XR_LAYOUT.answers) —
 * and the debrief at the end. Each panel
 * is its own uikit root; what they show comes from the session store alone.
 */
export function ConversationPanels({ viewer = EYE }: ConversationPanelsProps) {
  const screen = useSession((s) => s.screen);
  const running = useSession((s) => s.run !== null);
  // The DOM text view, when open, shows the line and the answers itself; in a headset it is not seen.
  const textView = useTextView();
  const presenting = useXrPresence((s) => s.session != null);
  if (!running || screen === 'menu') return null;
  const { subtitle, choicePanel, debriefPanel } = LAYOUT;
  if (screen === 'debrief') {
    return (
      <group
        name={PANEL_PLACES.conversation}
        position={[presenting ? XR_LAYOUT.debrief.x : debriefPanel.x, debriefPanel.y, debriefPanel.z]}
        rotation-x={facing(debriefPanel.y, debriefPanel.z, viewer)}
        scale={presenting ? XR_LAYOUT.debrief.scale : 1}
      >
        <DebriefPanel />
      </group>
    );
  }
  if (textView && !presenting) return null;
  return (
    <group name={PANEL_PLACES.conversation}>
      <group position={[subtitle.x, subtitle.y, subtitle.z]} rotation-x={PICTURE_PLANE_TILT}>
        <group position-y={-SUBTITLE_DROP}>
          <SubtitlePanel />
        </group>
      </group>
      {presenting ? (
        <group position={VR_ANSWERS.position} rotation={VR_ANSWERS.rotation} scale={XR_LAYOUT.answers.scale}>
          <ChoicePanel stacked width={XR_LAYOUT.answers.width} />
        </group>
      ) : (
        <group
          position={[choicePanel.x, choicePanel.y, choicePanel.z]}
          rotation-x={facing(choicePanel.y, choicePanel.z, viewer)}
        >
          <ChoicePanel />
        </group>
      )}
    </group>
  );
}
