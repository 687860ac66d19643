import { describe, expect, it } from 'vitest';
import { exportRecording } from '../../../src/core/exchange/export';
import { measureRecordingSize, recordingBytesPerMinute, utf8Length } from '../../../src/core/recording/size';
import { goldenMoves } from '../../support/golden-paths';
import { scenarioFrom } from '../../support/scenarios';
import { recordedSession } from './synthetic';

describe('recording size', () => {
  it('counts UTF-8 bytes like Node does', () => {
    for (const text of ['', 'abc', 'Grüße', '„Ärger“ – €', 'emoji 🙂 ok'])
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('stays small: a synthetic 10-minute session with head and both hands at 20 Hz', () => {
    const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
    const moves = goldenMoves('angry-repair-returned', 'best');
    const short = recordedSession(scenario, moves).recording;
    // Stretch the session to ten minutes of motion; the log stays the same.
    const { recording } = recordedSession(scenario, moves, {
      extraMs: 10 * 60_000 - (short.timings.durationMs - 3000),
    });
    const size = measureRecordingSize(recording);
    expect(size.minutes).toBeCloseTo(10, 5);
    expect(size.bytes).toBe(Buffer.byteLength(exportRecording(recording), 'utf8'));
    // Three parts × 7 values × 1200 samples a minute, mostly one byte each (base64: ×4/3).
    expect(size.bytesPerMinute).toBeLessThan(60_000);
    expect(size.poseBytes / size.bytes).toBeGreaterThan(0.9);
    expect(recordingBytesPerMinute(recording)).toBe(size.bytesPerMinute);
    console.info(
      `recording size: ${size.bytesPerMinute} bytes/min (${size.bytes} bytes for ${size.minutes} min, poses ${size.poseBytes})`,
    );
  });
});
