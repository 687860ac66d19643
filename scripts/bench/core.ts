import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportRecording } from '../../src/core/exchange/export';
import { importRecording } from '../../src/core/exchange/import';
import { measureRecordingSize } from '../../src/core/recording/size';
import { loadScenario } from '../../src/core/scenario/load';
import { buildReport } from '../../src/core/scoring/report';
import { replay } from '../../src/core/session/log';
import { benchmarkSeek } from '../../src/review/seek-benchmark';
import { goldenMoves } from '../../tests/support/golden-paths';
import { scenarioFrom } from '../../tests/support/scenarios';
import { recordedSession } from '../../tests/unit/recording/synthetic';
import { longRecording } from '../../tests/unit/review/long-session';
import { longConversation } from './long-conversation';
import { naiveFigures, type ScenarioNaiveFigures } from './naive-players';
import { ROOT } from './paths';
import { median, rate, timeOnce, timeRuns } from './timing';

/** The core's figures: node only, no browser, CPU time on this machine. */
export interface CoreFigures {
  scenarios: { files: number; kb: number; firstMs: number; medianMs: number; slowest: { file: string; ms: number } };
  hostile: { what: string; ms: number; rejected: boolean }[];
  engine: { intentsPerSecond: number; intentsPerReplay: number };
  scoring: { decisions: number; intents: number; medianMs: number; firstMs: number };
  replay: {
    /** Exported file bytes per minute: a VR session, headset and both hands at 20 Hz, 10 minutes. */
    bytesPerMinute: number;
    minutes: number;
    intents: number;
    poseSamples: number;
    /** Opening a stored 30-minute session in the review (loadReplay): first call, and median of later ones. */
    openMs: number;
    openWarmMs: number;
    /** Reading the 30-minute session's exported file (parse + validate), as an import does before opening. */
    importMs: number;
    fileBytes: number;
    seekMeanMs: number;
    seekP95Ms: number;
    seekMaxMs: number;
    fromStartMeanMs: number;
  };
  /** Naive trainees (longest, shortest, first, last shown, random) against every scenario, answers shuffled. */
  naive: ScenarioNaiveFigures[];
}

const SCENES = join(ROOT, 'scenes');

function scenarioFigures(): CoreFigures['scenarios'] {
  const files = readdirSync(SCENES)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => ({ file, source: readFileSync(join(SCENES, file), 'utf8') }));
  const loadAll = () => {
    for (const { file, source } of files)
      if (!loadScenario(source, file).ok) throw new Error(`scenes/${file} does not load`);
  };
  const { firstMs, medianMs } = timeRuns(5, loadAll);
  const slowest = files
    .map(({ file, source }) => ({ file, ms: timeRuns(3, () => loadScenario(source, file)).medianMs }))
    .reduce((a, b) => (b.ms > a.ms ? b : a));
  const kb = files.reduce((sum, f) => sum + Buffer.byteLength(f.source), 0) / 1024;
  return { files: files.length, kb, firstMs, medianMs, slowest };
}

/** Files a trainer might drop in by mistake or malice: each must be refused, and quickly. */
function hostileFigures(): CoreFigures['hostile'] {
  const cases: [string, () => string][] = [
    [
      'alias bomb (9 levels × 9)',
      () => readFileSync(join(ROOT, 'tests/fixtures/scenes/invalid/alias-bomb.yaml'), 'utf8'),
    ],
    ['50 000 nested flow sequences', () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
    ['5 000 nested flow maps', () => `${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`],
    ['4 MB file', () => 'x'.repeat(4 * 1024 * 1024)],
    [
      '500 KB of binary garbage',
      () => String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)).repeat(100),
    ],
  ];
  return cases.map(([what, make]) => {
    const source = make();
    let rejected = false;
    const ms = timeOnce(() => {
      rejected = !loadScenario(source, 'hostile.yaml').ok;
    });
    return { what, ms, rejected };
  });
}

/** The naive players against every scenario in scenes/. */
function naiveSection(runs: number): ScenarioNaiveFigures[] {
  return readdirSync(SCENES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => naiveFigures(scenarioFrom(`scenes/${file}`), runs));
}

export function runCore(options: { naiveRuns?: number } = {}): CoreFigures {
  const scenarios = scenarioFigures();
  const hostile = hostileFigures();
  const angry = scenarioFrom('scenes/angry-repair-returned.yaml');

  // Scoring and engine on one long session: 60 decisions (see long-conversation.ts).
  const long = longConversation(angry, 60);
  const scoring = timeRuns(10, () => buildReport(long.scenario, long.log));
  const intentsPerSecond = rate(1000, () => replay(long.scenario, long.log)) * long.log.intents.length;

  // Replays: a VR session stretched to 10 minutes (size is linear in length), then a 30-minute one.
  const moves = goldenMoves('angry-repair-returned', 'best');
  const short = recordedSession(angry, moves).recording;
  const tenMinutes = recordedSession(angry, moves, {
    extraMs: 10 * 60_000 - (short.timings.durationMs - 3000),
  }).recording;
  const size = measureRecordingSize(tenMinutes);
  const recording = longRecording(angry, 30, 1200);
  const seekTimes = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 500) * 3600);
  // The first open runs with a cold JIT for the review code, as in a freshly opened #/review.
  const seek = benchmarkSeek(angry, recording, seekTimes);
  const warm = median(Array.from({ length: 3 }, () => benchmarkSeek(angry, recording, []).openMs));
  const file = exportRecording(recording);
  const importMs = timeOnce(() => {
    if (!importRecording(file, 'bench.json').ok) throw new Error('the 30-minute replay file does not import');
  });

  const naive = naiveSection(options.naiveRuns ?? 200);

  return {
    scenarios,
    hostile,
    naive,
    engine: { intentsPerSecond, intentsPerReplay: long.log.intents.length },
    scoring: {
      decisions: long.log.intents.filter((i) => i.type === 'choose').length,
      intents: long.log.intents.length,
      medianMs: scoring.medianMs,
      firstMs: scoring.firstMs,
    },
    replay: {
      bytesPerMinute: size.bytesPerMinute,
      minutes: size.minutes,
      intents: seek.intents,
      poseSamples: seek.poseSamples,
      openMs: seek.openMs,
      openWarmMs: warm,
      importMs,
      fileBytes: Buffer.byteLength(file),
      seekMeanMs: seek.meanMs,
      seekP95Ms: seek.p95Ms,
      seekMaxMs: seek.maxMs,
      fromStartMeanMs: seek.fromStartMeanMs,
    },
  };
}
