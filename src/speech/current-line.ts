import { presentLines } from '../core/dialogue/present';
import type { PresentedLine } from '../core/dialogue/types';
import type { SessionStoreState } from '../state/session-store';
import type { SpeechStoreState } from './speech-store';

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
  const lines = presentLines(scenario, run.state);
  if (lines.length === 0) return null;
  const answering = run.state.phase === 'choosing';
  const index = answering || speech.lineIndex < 0 ? lines.length - 1 : Math.min(speech.lineIndex, lines.length - 1);
  return lines[index] ?? null;
}
