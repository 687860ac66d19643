import { describe, expect, it } from 'vitest';
import { checkSessionProtocol } from '../../../src/core/protocol/session-check';
import { createRecording, withProtocol } from '../../../src/core/recording/create';
import { emptyRawTrack, encodePoseTrack } from '../../../src/core/recording/pose-track';
import { recordedProtocolCheck } from '../../../src/recording/recorded-protocol';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';

/** The review's „Dokumentation“: the stored protocol checked against the log, as the live debrief did. */
const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const run = playScript(scenario, goldenMoves('angry-repair-returned', 'best'), { seed: 'doc' });
const recording = createRecording({
  id: '00000000-0000-4000-8000-0000000000d0',
  pseudonym: 'fox-7',
  startedAt: '2026-03-14T10:45:00+01:00',
  log: run.log,
  endMs: 60_000,
  poses: encodePoseTrack(emptyRawTrack(), 20),
  sensing: null,
});
const protocol = {
  concern: 'Waschmaschine nach der Reparatur wieder kaputt, Fehler E21.',
  agreement: 'Austauschgerät am Samstag.',
  followUp: null,
  mood: 'angry' as const,
  writtenAt: '2026-03-14T10:00:00.000Z',
};

describe('the review’s documentation item', () => {
  it('is absent without a protocol', () => {
    expect(recordedProtocolCheck(scenario, recording)).toBeNull();
  });

  it('is the debrief’s check of the stored protocol on the session’s day', () => {
    const check = recordedProtocolCheck(scenario, withProtocol(recording, protocol));
    expect(check).toEqual(checkSessionProtocol(scenario, run.log, protocol, '2026-03-14'));
    expect(check?.score).toBeLessThan(100);
    expect(check?.reasons.map((r) => r.de)).toContain('Folgetermin fehlt, obwohl einer vereinbart wurde.');
  });
});
