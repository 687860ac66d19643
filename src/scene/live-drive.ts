import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import type { Vector3 } from 'three';
import type { MouthWeights } from '../core/speech/visemes';
import { currentLine } from '../speech/current-line';
import { speechStore } from '../speech/speech-store';
import { sampleVoicedLine } from '../speech/voiced-line';
import { sessionStore } from '../state/session';
import { applyLine, createAvatarCues } from './avatar/avatar-cues';
import type { CustomerDrive } from './avatar/customer-drive';

/**
 * The live conversation's hold on the customer, handed to CustomerAvatar as the replay hands its
 * own: cues that follow the session and speech stores outside React (zustand `subscribe`), the
 * camera as the trainee's eyes (the headset's in VR) and the voiced line's lip-sync. A line counts
 * as new when its beat or text changes; the last line keeps holding after it has been spoken.
 */
export function useLiveDrive(): CustomerDrive {
  const get = useThree((s) => s.get);
  const [drive] = useState<CustomerDrive>(() => ({
    cues: createAvatarCues(),
    traineeEyes: (out: Vector3) => get().camera.getWorldPosition(out),
    mouth: (out: MouthWeights) => sampleVoicedLine(speechStore.getState().voiced, performance.now(), out),
  }));
  useEffect(() => {
    const cues = drive.cues;
    let lineKey = '';
    const sync = () => {
      const session = sessionStore.getState();
      const speech = speechStore.getState();
      const line = currentLine(session, speech);
      const state = session.run?.state;
      cues.customerType = session.scenario?.customer.type ?? null;
      // Index −1 after the last line resolves to that same line, so it keeps holding: no new serial.
      const key =
        line && state ? `${speech.beatKey}|${state.turn}|${state.beat.node}|${state.beat.source}|${line.text}` : '';
      // No line (menu, debrief) counts as a change too, so a held gesture lets go.
      const newLine = key !== lineKey;
      lineKey = key;
      applyLine(cues, line, newLine, speech.speaking, state?.mood);
    };
    sync();
    const unsubscribeSession = sessionStore.subscribe(sync);
    // The voiced line changes on every word (for lip-sync); the cues only with the line.
    const unsubscribeSpeech = speechStore.subscribe((s, prev) => {
      if (s.beatKey !== prev.beatKey || s.lineIndex !== prev.lineIndex || s.speaking !== prev.speaking) sync();
    });
    return () => {
      unsubscribeSession();
      unsubscribeSpeech();
    };
  }, [drive]);
  return drive;
}
