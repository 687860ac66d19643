import { describe, expect, it } from 'vitest';
import { sessionLogOf } from '../../../src/core/recording/create';
import { buildReport } from '../../../src/core/scoring/report';
import { buildReplayModel } from '../../../src/review/replay-model';
import { moodPeaks, timelineMarkers } from '../../../src/review/timeline-markers';
import { scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../recording/synthetic';

const angry = scenarioFrom('scenes/angry-repair-returned.yaml');
const mood = (anger: number) => ({ anger, trust: 50, patience: 50 });

describe('timeline markers', () => {
  it('mark anger peaks: local maxima above the start or high, a plateau once', () => {
    const timeline = [0, 40, 70, 55, 55, 80, 80, 30, 20, 35, 25].map((anger, i) => ({
      at: i * 1000,
      mood: mood(anger),
    }));
    expect(moodPeaks(timeline).map((p) => p.at)).toEqual([2000, 5000, 9000]);
    // Starting furious and calming down has no peak below the start unless it reaches the threshold.
    const calming = [90, 70, 75, 40, 65].map((anger, i) => ({ at: i, mood: mood(anger) }));
    expect(moodPeaks(calming).map((p) => p.at)).toEqual([2, 4]);
  });

  it('put every choice, key moment and note of a session on the timeline, in time order', () => {
    const { recording } = recordedSession(angry, ['not_responsible', 'threaten_to_end']);
    const log = sessionLogOf(recording);
    const model = buildReplayModel(angry, log, recording.timings.durationMs);
    const report = buildReport(angry, log);
    const markers = timelineMarkers(model.choices, report, recording.notes);
    expect(markers.filter((m) => m.kind === 'choice').map((m) => m.at)).toEqual(
      log.intents.filter((i) => i.type === 'choose').map((i) => i.at),
    );
    expect(markers.filter((m) => m.kind === 'moment')).toHaveLength(report.keyMoments.length);
    expect(report.keyMoments.length).toBeGreaterThanOrEqual(2);
    expect(markers.filter((m) => m.kind === 'note').map((m) => m.at)).toEqual([5000]);
    for (let i = 1; i < markers.length; i++) expect(markers[i]?.at).toBeGreaterThanOrEqual(markers[i - 1]?.at ?? 0);
    // At the same moment the choice comes before what the report says about it.
    const first = markers.findIndex((m) => m.kind === 'moment');
    expect(markers[first - 1]?.kind).toBe('choice');
  });
});
