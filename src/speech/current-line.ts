import { presentLines } from '../core/dialogue/present';
import type { PresentedLine, SessionState } from '../core/dialogue/types';
import type { Scenario } from '../core/scenario/schema';
import type { SessionStoreState } from '../state/session-store';
import type { SpeechStoreState } from './speech-store';

/**
 * The beat's lines, built once per session state (states are immutable: every dispatch makes a
 * new one). The subtitle's and the live drive's selectors ask on every store change — the body
 * language sensor's totals, the voice's progress — and rebuilding the localized
 * text each time was the app's largest garbage while the customer speaks (docs/performance.md).
 */
const linesByState = new WeakMap<SessionState, { scenario: Scenario; lines: PresentedLine[] }>();

export function beatLines(scenario: Scenario, state: SessionState): PresentedLine[] {
  const known = linesByState.get(state);
  if (known?.scenario === scenario) return known.lines;
  const lines = presentLines(scenario, state);
  linesByState.set(state, { scenario, lines });
  return lines;
}

/**
 * The line the customer is saying now (text, emotion, gesture), or the last line of the beat
 * once it has been spoken, so the face and posture hold until the next beat. At a decision it is
 * always the beat's last line, the one the trainee answers, even when Enter skipped the lines
 * before it unspoken. Null in the menu.
 */
export function currentLine(
  session: SessionStoreState,
  speech: Pick<SpeechStoreState, 'lineIndex'>,
): PresentedLine | null {
  const { scenario, run } = session;
  if (!scenario || !run) return null;
  const lines = beatLines(scenario, run.state);
  if (lines.length === 0) return null;
  const answering = run.state.phase === 'choosing';
  const index = answering || speech.lineIndex < 0 ? lines.length - 1 : Math.min(speech.lineIndex, lines.length - 1);
  return lines[index] ?? null;
}
