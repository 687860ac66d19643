import { signal } from '@preact/signals-core';
import { useFrame } from '@react-three/fiber';
import { Container, Text } from '@react-three/uikit';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useText } from '../../i18n/use-text';
import { FRAME_ORDER } from '../../scene/frame-order';
import { LAYOUT, XR_LAYOUT } from '../../scene/layout';
import { PANEL_FONT_FAMILIES } from '../../scene/panels/fonts';
import { objectName, PANEL_PLACES } from '../../scene/panels/object-name';
import { PanelButton } from '../../scene/panels/PanelButton';
import { COLORS, ON_TOP, PIXEL_SIZE, TEXT } from '../../scene/panels/theme';
import { useSession } from '../../state/session';
import { activeCapture, skipVoiceWait } from '../../voice/voice-session';
import { voiceStore } from '../../voice/voice-store';
import { VOICE_FAILURE_TEXT, VOICE_TEXT } from '../../voice/voice-texts';

/** Object names the browser tests aim at. */
export const VOICE_XR_NAMES = {
  indicator: 'panel-voice',
  calibration: 'panel-voice-calibration',
  skip: 'voice-skip',
  done: 'voice-done',
  dismiss: 'voice-dismiss',
} as const;

/** The level bar's track (mm) and its steps. */
const LEVEL_WIDTH = 90;
const LEVEL_STEPS = 10;

/**
 * The microphone level as a bar, −60 dBFS empty to −10 dBFS full, in ten steps: read from the
 * capture every frame into a signal the bar's scale follows (as the deadline strip does), so
 * neither React nor the layout runs per frame.
 */
function LevelBar() {
  const scale = useMemo(() => signal(0), []);
  useFrame(() => {
    const capture = activeCapture();
    const level = capture ? capture.level() : -100;
    const step = Math.round(Math.min(1, Math.max(0, (level + 60) / 50)) * LEVEL_STEPS) / LEVEL_STEPS;
    if (scale.peek() !== step) scale.value = step;
  }, FRAME_ORDER.scene);
  return (
    <Container width={LEVEL_WIDTH} height={8} borderRadius={4} backgroundColor={COLORS.line} flexShrink={0}>
      <Container
        width="100%"
        height="100%"
        borderRadius={4}
        backgroundColor={COLORS.good}
        transformOriginX="left"
        transformScaleX={scale}
      />
    </Container>
  );
}

/** The answers' place, facing the standing eye: the calibration card takes it before the first answer. */
const { choicePanel, trainee } = LAYOUT;
const CARD_TILT = -Math.atan2(trainee.eyeHeight - choicePanel.y, trainee.z - choicePanel.z);

/**
 * Voice mode in the headset, where the DOM's voice panel is not seen: a small panel left of the
 * answers with the microphone indicator, its level and the one-line privacy statement (and „Fertig“
 * while an answer is being said), the calibration sentence on a card where the answers go, and the
 * one notice when there is no microphone. Reached by ray or pinch like the answers. Loaded only
 * in voice mode (it brings the voice session along).
 */
export function VoiceXrPanel() {
  const voiceText = useText(VOICE_TEXT);
  const locale = useSession((s) => s.settings.locale);
  const phase = useStore(voiceStore, (s) => s.phase);
  const status = useStore(voiceStore, (s) => s.status);
  const notice = useStore(voiceStore, (s) => s.notice);
  const listening = status === 'measured' && phase !== 'off';
  const { x, y, z, tiltX, width } = XR_LAYOUT.voicePanel;
  return (
    <>
      {(listening || notice || phase === 'asking') && (
        <group name={PANEL_PLACES.voice} position={[x, y, z]} rotation-x={tiltX}>
          <Container
            ref={objectName(VOICE_XR_NAMES.indicator)}
            pixelSize={PIXEL_SIZE}
            width={width}
            flexDirection="column"
            alignItems="stretch"
            gap={8}
            padding={12}
            borderRadius={12}
            backgroundColor={COLORS.paper}
            borderWidth={1.5}
            borderColor={COLORS.line}
            fontFamilies={PANEL_FONT_FAMILIES}
            {...ON_TOP}
          >
            {phase === 'asking' && (
              <Text fontSize={TEXT.label} color={COLORS.ink}>
                {voiceText('asking')}
              </Text>
            )}
            {listening && (
              <Container flexDirection="row" alignItems="center" gap={8}>
                <Container width={12} height={12} borderRadius={6} backgroundColor={COLORS.weak} flexShrink={0} />
                <Text fontSize={TEXT.label} fontWeight="bold" color={COLORS.ink} flexGrow={1}>
                  {voiceText('micOn')}
                </Text>
                <LevelBar />
              </Container>
            )}
            {listening && (
              <Text fontSize={13} color={COLORS.muted}>
                {voiceText('privacy')}
              </Text>
            )}
            {phase === 'answering' && (
              <Container flexDirection="row" alignItems="center" gap={8}>
                <Text fontSize={TEXT.label} color={COLORS.ink} flexGrow={1} flexShrink={1}>
                  {voiceText('sayIt')}
                </Text>
                <PanelButton name={VOICE_XR_NAMES.done} label={voiceText('done')} onClick={skipVoiceWait} />
              </Container>
            )}
            {notice && (
              <Container flexDirection="row" alignItems="center" gap={8}>
                <Text fontSize={TEXT.label} color={COLORS.weak} flexGrow={1} flexShrink={1}>
                  {VOICE_FAILURE_TEXT[notice][locale]}
                </Text>
                <PanelButton
                  name={VOICE_XR_NAMES.dismiss}
                  label="OK"
                  variant="quiet"
                  onClick={() => voiceStore.getState().dismissNotice()}
                />
              </Container>
            )}
          </Container>
        </group>
      )}
      {phase === 'calibrating' && (
        <group
          name={PANEL_PLACES.voice}
          position={[choicePanel.x, choicePanel.y, choicePanel.z]}
          rotation-x={CARD_TILT}
        >
          <Container
            ref={objectName(VOICE_XR_NAMES.calibration)}
            pixelSize={PIXEL_SIZE}
            anchorY="bottom"
            width={620}
            flexDirection="column"
            alignItems="stretch"
            gap={10}
            padding={18}
            borderRadius={14}
            backgroundColor={COLORS.paper}
            borderWidth={1.5}
            borderColor={COLORS.line}
            fontFamilies={PANEL_FONT_FAMILIES}
            {...ON_TOP}
          >
            <Text fontSize={TEXT.title} fontWeight="bold" color={COLORS.ink}>
              {voiceText('calibrateTitle')}
            </Text>
            <Text fontSize={TEXT.body} color={COLORS.muted}>
              {voiceText('calibrateHint')}
            </Text>
            <Text fontSize={TEXT.answer} color={COLORS.ink}>
              {`„${voiceText('calibrateSentence')}“`}
            </Text>
            <Container flexDirection="row" justifyContent="flex-end">
              <PanelButton
                name={VOICE_XR_NAMES.skip}
                label={voiceText('skip')}
                variant="quiet"
                onClick={skipVoiceWait}
              />
            </Container>
          </Container>
        </group>
      )}
    </>
  );
}
