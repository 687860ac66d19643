import { presentLines } from '../core/dialogue/present';
import type { Beat, PresentedLine } from '../core/dialogue/types';
import { alignToBoundary, UNSYNCED } from '../core/speech/align';
import { textToVisemes, timelineDuration } from '../core/speech/timeline';
import type { SessionStore } from '../state/session-store';
import { type LineEvents, type SpeechBackend, timedBackend } from './backends';
import { BETWEEN_LINES_MS, SETTLE_MS } from './pacing';
import { speechStore } from './speech-store';
import type { VoicedLine } from './voiced-line';

/** Whether the scene is set for the customer to speak, and a way to hear when that changes. */
export interface StageGate {
  ready(): boolean;
  subscribe(listener: () => void): () => void;
}
const ALWAYS_SET: StageGate = { ready: () => true, subscribe: () => () => {} };

/**
 * Speaks the customer's lines one after another whenever the engine starts a new beat, drives
 * lip-sync and tells the session store when the lines are spoken (Yarn Spinner's line handler:
 * the engine waits until the avatar has spoken). Pausing stops the voice; resuming repeats the
 * current line from its start. A new beat (interruption, skip) cancels what is being said.
 * An optional stage gate holds the voice the same way while the scene is not set (the customer's
 * avatar still loading), so the first line is not said behind the loading screen.
 */
export class SpeechDirector {
  private beat: Beat | null = null;
  private paused = false;
  private cancel: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lines: PresentedLine[] = [];
  private index = -1;
  private readonly unsubscribe: () => void;
  private readonly unsubscribeStage: () => void;

  constructor(
    private readonly session: SessionStore,
    private readonly voice: SpeechBackend | null,
    private readonly now: () => number = () => performance.now(),
    private readonly stage: StageGate = ALWAYS_SET,
  ) {
    this.unsubscribe = session.subscribe(() => this.sync());
    this.unsubscribeStage = stage.subscribe(() => this.sync());
    this.sync();
  }

  dispose(): void {
    this.unsubscribe();
    this.unsubscribeStage();
    this.reset();
  }

  private reset(): void {
    this.stop();
    this.beat = null;
    this.index = -1;
    speechStore.setState({ beatKey: '', lineIndex: -1, speaking: false, voiced: null });
  }

  private sync(): void {
    const { scenario, run, screen } = this.session.getState();
    const state = run?.state;
    if (!scenario || !state || screen !== 'conversation') {
      if (this.beat) this.reset();
      return;
    }
    const speaks = state.phase === 'speaking' || state.phase === 'ended';
    const paused = state.pausedAt !== null || !this.stage.ready();
    if (state.beat !== this.beat) {
      this.stop();
      this.beat = state.beat;
      this.lines = speaks ? presentLines(scenario, state) : [];
      this.index = speaks ? 0 : -1;
      speechStore.setState({
        beatKey: `${state.beat.node}:${state.beat.source}:${state.turn}:${run.log.intents.length}`,
        lineIndex: this.index,
        speaking: false,
      });
      this.paused = paused;
      if (speaks && !paused) this.speakCurrent();
      return;
    }
    if (!speaks && this.index >= 0) {
      // The trainee skipped ahead: the choices are up, the customer falls silent.
      this.stop();
      this.index = -1;
      speechStore.setState({ speaking: false });
    }
    if (paused !== this.paused) {
      this.paused = paused;
      if (paused) this.stop();
      else if (speaks && this.index >= 0) this.speakCurrent();
    }
  }

  private speakCurrent(): void {
    const { scenario, run } = this.session.getState();
    const line = this.lines[this.index];
    if (!scenario || !run) return;
    if (!line) {
      // All lines said: a moment to take them in, then the engine moves on.
      speechStore.setState({ speaking: false });
      this.timer = setTimeout(() => this.session.getState().finishSpeaking(), SETTLE_MS);
      return;
    }
    const { voice: hints } = scenario.customer;
    const locale = run.state.locale;
    const timeline = textToVisemes(line.text, locale, hints.rate);
    const spoken = {
      text: line.text,
      lang: hints.lang[locale],
      gender: hints.gender,
      pitch: hints.pitch,
      rate: hints.rate,
      estimatedSeconds: timelineDuration(timeline),
    };
    let voiced: VoicedLine = { timeline, startedAt: this.now(), sync: UNSYNCED };
    speechStore.setState({ lineIndex: this.index, speaking: true, voiced });
    const events: LineEvents = {
      onBoundary: (charIndex, elapsed) => {
        // Only while this line is still the one voiced (a late event after a stop changes nothing).
        if (speechStore.getState().voiced !== voiced) return;
        voiced = { ...voiced, sync: alignToBoundary(timeline, voiced.sync, charIndex, elapsed) };
        speechStore.setState({ voiced });
      },
      onEnd: () => this.next(),
      onError: () => {
        // No voice after all: time this line (and the rest) from the text.
        speechStore.setState({ voice: 'timed' });
        this.cancel = timedBackend.speak(spoken, events);
      },
    };
    const backend = this.voice ?? timedBackend;
    speechStore.setState({ voice: backend.kind });
    this.cancel = backend.speak(spoken, events);
  }

  private next(): void {
    this.cancel = null;
    speechStore.setState({ voiced: null });
    this.index += 1;
    this.timer = setTimeout(() => this.speakCurrent(), this.index < this.lines.length ? BETWEEN_LINES_MS : 0);
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (speechStore.getState().voiced) speechStore.setState({ voiced: null });
  }
}
