import { nextRandom, seedState } from '../../../src/core/dialogue/random';
import { createRecording } from '../../../src/core/recording/create';
import type { Pose } from '../../../src/core/recording/pose';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import type { Recording } from '../../../src/core/recording/schema';
import type { Scenario } from '../../../src/core/scenario/schema';
import { emptyTotals } from '../../../src/core/sensing/totals';
import type { Run } from '../../../src/core/session/log';
import { playScript } from '../../support/play';

export const RECORDING_ID = '3f0e9a52-6c1d-4b7e-9a8f-2d4c6b8e0a11';
export const STARTED_AT = '2025-03-14T09:30:00.000+01:00';

/**
 * A trainee's motion for tests: a head swaying and nodding slightly with sensor jitter, hands
 * gesturing, the left hand out of view for two seconds in every ten. Seeded, so files repeat.
 */
export function syntheticMotion(recorder: PoseRecorder, durationMs: number, frameHz = 72, seed = 'motion'): void {
  let rng = seedState(seed);
  const noise = (amplitude: number) => {
    const [v, next] = nextRandom(rng);
    rng = next;
    return (v - 0.5) * 2 * amplitude;
  };
  const head: Pose = { x: 0, y: 1.65, z: 0, qx: 0, qy: 0, qz: 0, qw: 1 };
  const left: Pose = { ...head };
  const right: Pose = { ...head };
  const frameMs = 1000 / frameHz;
  for (let t = 0; t <= durationMs; t += frameMs) {
    const s = t / 1000;
    head.x = 0.05 * Math.sin(s * 0.7) + noise(0.001);
    head.y = 1.65 + 0.01 * Math.sin(s * 2.1) + noise(0.001);
    head.z = 0.03 * Math.sin(s * 0.4) + noise(0.001);
    const yaw = 0.3 * Math.sin(s * 0.5) + noise(0.002);
    const pitch = 0.1 * Math.sin(s * 1.3) + noise(0.002);
    head.qx = Math.sin(pitch / 2) * Math.cos(yaw / 2);
    head.qy = Math.cos(pitch / 2) * Math.sin(yaw / 2);
    head.qz = -Math.sin(pitch / 2) * Math.sin(yaw / 2);
    head.qw = Math.cos(pitch / 2) * Math.cos(yaw / 2);
    for (const [hand, side] of [
      [left, -1],
      [right, 1],
    ] as const) {
      hand.x = side * 0.25 + 0.1 * Math.sin(s * 1.7 + side) + noise(0.002);
      hand.y = 1.1 + 0.15 * Math.sin(s * 1.1 + side) + noise(0.002);
      hand.z = -0.3 + 0.1 * Math.cos(s * 0.9) + noise(0.002);
      const roll = 0.8 * Math.sin(s * 1.9 + side);
      hand.qx = 0;
      hand.qy = 0;
      hand.qz = Math.sin(roll / 2);
      hand.qw = Math.cos(roll / 2);
    }
    const leftVisible = t % 10_000 < 8000;
    recorder.push(t, head, leftVisible ? left : null, right);
  }
}

/** A finished session on a scenario: played with `moves`, motion recorded for its whole length. */
export function recordedSession(
  scenario: Scenario,
  moves: readonly string[],
  options: {
    locale?: 'de' | 'en';
    extraMs?: number;
    id?: string;
    rules?: number;
    difficulty?: 'easy' | 'medium' | 'hard';
  } = {},
): { recording: Recording; run: Run & { said: string[] } } {
  const { rules, difficulty } = options;
  const run = playScript(scenario, moves, {
    locale: options.locale ?? 'de',
    ...(rules !== undefined ? { rules } : {}),
    ...(difficulty ? { difficulty } : {}),
  });
  const last = run.log.intents[run.log.intents.length - 1]?.at ?? 0;
  const endMs = last + (options.extraMs ?? 3000);
  const recorder = new PoseRecorder();
  syntheticMotion(recorder, endMs);
  const sensing = emptyTotals();
  sensing.headset.listenMs = 20_000;
  sensing.headset.eyeContactMs = 15_000;
  sensing.headset.nods = 6;
  const recording = createRecording({
    id: options.id ?? RECORDING_ID,
    pseudonym: 'fuchs-42',
    startedAt: STARTED_AT,
    log: run.log,
    endMs,
    poses: recorder.encode(),
    sensing,
    notes: [
      {
        atMs: 5000,
        text: 'Gut zugehört – hier ruhig noch eine offene Frage.',
        author: 'trainer-ana',
        createdAt: '2025-03-15T08:00:00Z',
      },
    ],
  });
  return { recording, run };
}
