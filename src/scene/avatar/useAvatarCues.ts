import { useEffect, useState } from 'react';
import type { CustomerType, Emotion, Gesture, Mood } from '../../core/scenario/vocabulary';
import { currentLine } from '../../speech/current-line';
import { speechStore } from '../../speech/speech-store';
import { sessionStore } from '../../state/session';

/** What the avatar presents, as a mutable object read every frame (it never re-renders React). */
export interface AvatarCues {
  emotion: Emotion;
  gesture: Gesture;
  /** Increases when a new line starts, so its gesture plays again even if it is the same gesture. */
  lineSerial: number;
  speaking: boolean;
  mood: Mood;
  customerType: CustomerType | null;
  /** Increases on every change, so animators can redo derived values only then. */
  revision: number;
}

export function createAvatarCues(): AvatarCues {
  return {
    emotion: 'neutral',
    gesture: 'none',
    lineSerial: 0,
    speaking: false,
    mood: { anger: 0, trust: 50, patience: 50 },
    customerType: null,
    revision: 0,
  };
}

/**
 * Follows the session and speech stores outside React (zustand `subscribe`): the current line's
 * emotion and gesture, whether the customer speaks, the mood. A line counts as new when its beat
 * or text changes; the last line keeps holding after it has been spoken.
 */
export function useAvatarCues(follow = true): AvatarCues {
  const [cues] = useState(createAvatarCues);
  useEffect(() => {
    // A replay drives the avatar itself (CustomerDrive); then the live stores are not followed.
    if (!follow) return;
    let lineKey = '';
    const sync = () => {
      const session = sessionStore.getState();
      const speech = speechStore.getState();
      const line = currentLine(session, speech);
      const state = session.run?.state;
      cues.emotion = line?.emotion ?? 'neutral';
      cues.gesture = line?.gesture ?? 'none';
      cues.speaking = speech.speaking;
      if (state) cues.mood = state.mood;
      cues.customerType = session.scenario?.customer.type ?? null;
      // Index −1 after the last line resolves to that same line, so it keeps holding: no new serial.
      const key = line && state ? `${speech.beatKey}|${state.turn}|${state.beat.node}|${state.beat.source}|${line.text}` : '';
      // No line (menu, debrief) counts as a change too, so a held gesture lets go.
      if (key !== lineKey) {
        lineKey = key;
        cues.lineSerial++;
      }
      cues.revision++;
    };
    sync();
    const unsubscribeSession = sessionStore.subscribe(sync);
    const unsubscribeSpeech = speechStore.subscribe(sync);
    return () => {
      unsubscribeSession();
      unsubscribeSpeech();
    };
  }, [cues, follow]);
  return cues;
}
