import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type BudgetCheck, budgetNotes } from './budgets';
import { chunkName, type JsSet } from './bundle';
import { HEADSET_HZ, perHeadsetFrame } from './cpu-profile';
import { count, kb, ms, percent, table } from './format';
import { type FrameState, THROTTLE_RATE } from './frames';
import { LINE_END_FRAMES } from './line-ends';
import { RESULTS_FILE } from './paths';
import type { BenchResults, Sections } from './results';
import { MENU_READING_MS } from './startup';

const heading = (title: string) => `\n${title}\n${'═'.repeat(title.length)}`;

function coreText(c: NonNullable<Sections['core']>): string {
  const rows = [
    [
      `scenario parse + check, all ${c.scenarios.files} files (${c.scenarios.kb.toFixed(0)} KB YAML)`,
      ms(c.scenarios.medianMs),
      `median of 5; first ${ms(c.scenarios.firstMs)}`,
    ],
    ['  slowest file', ms(c.scenarios.slowest.ms), c.scenarios.slowest.file],
    ...c.hostile.map((h) => [
      `  hostile: ${h.what}`,
      ms(h.ms),
      h.rejected ? 'rejected' : 'ACCEPTED (should be refused)',
    ]),
    [
      'engine: intents per second',
      count(Math.round(c.engine.intentsPerSecond)),
      `replaying a ${c.engine.intentsPerReplay}-intent log`,
    ],
    [
      `scoring: feedback report of a ${c.scoring.decisions}-decision session`,
      ms(c.scoring.medianMs),
      `${c.scoring.intents} intents; median of 10; first ${ms(c.scoring.firstMs)}`,
    ],
    [
      'replay file: VR session, head + both hands at 20 Hz',
      `${kb(c.replay.bytesPerMinute)}/min`,
      `measured on ${c.replay.minutes.toFixed(0)} minutes`,
    ],
    [
      '30-min replay: open in the review (first, cold)',
      ms(c.replay.openMs),
      `warm ${ms(c.replay.openWarmMs)}; ${count(c.replay.intents)} intents, ${count(c.replay.poseSamples)} head samples`,
    ],
    ['30-min replay: read the exported file (parse + validate)', ms(c.replay.importMs), kb(c.replay.fileBytes)],
    [
      '30-min replay: seek, mean / p95',
      `${ms(c.replay.seekMeanMs)} / ${ms(c.replay.seekP95Ms)}`,
      `500 seeks; slowest ${ms(c.replay.seekMaxMs)}`,
    ],
    ['  for comparison: replay from the start per seek', ms(c.replay.fromStartMeanMs), ''],
  ];
  return `${heading('Core (node, CPU time on this machine)')}\n${table(['what', 'figure', 'notes'], rows)}${naiveText(c.naive ?? [])}`;
}

/** Naive trainees: mean / best overall per scenario and player (answers shuffled, as trainees see them). */
export function naiveText(naive: NonNullable<Sections['core']>['naive']): string {
  if (naive.length === 0) return '';
  const players = naive[0]?.players.map((p) => p.player) ?? [];
  const rows = naive.map((s) => [
    s.scenario,
    ...s.players.map(
      (p) => `${p.mean.toFixed(1)} / ${p.max}${p.unfinished > 0 ? ` (${p.unfinished} unfinished)` : ''}`,
    ),
  ]);
  const runs = naive[0]?.players[0]?.runs ?? 0;
  return `\n${heading(`Naive trainees: overall score, mean / best of ${runs} runs per cell`)}\n${table(
    ['scenario', ...players],
    rows,
    players.map((_, i) => i + 1),
  )}\nBudgets: each naive player's mean ≤ random mean + 15; no run of longest, shortest or file order reaches 70.`;
}

function voiceText(v: NonNullable<Sections['voice']>): string {
  const rows = [
    [
      'analysis (worklet code) per second of speech, Node',
      ms(v.core.analyzerMsPerAudioS),
      `silence ${ms(v.core.analyzerSilenceMsPerAudioS)}`,
    ],
    ['tracker per audio frame (main thread), Node', ms(v.core.trackerUsPerFrame / 1000), ''],
  ];
  if (v.browser) {
    rows.push(
      [
        'main thread per audio frame, Chromium',
        ms(v.browser.mainMsPerFrame),
        `over ${v.browser.audioS.toFixed(0)} s of fake-microphone audio`,
      ],
      [
        `extra JS in voice mode (${v.browser.extraJs.chunks.length} files)`,
        kb(v.browser.extraJs.gzip),
        chunksText(v.browser.extraJs, 4),
      ],
    );
  }
  if (v.note) rows.push(['note', '', v.note]);
  return `${heading('Voice mode')}\n${table(['what', 'figure', 'notes'], rows)}`;
}

function chunksText(set: JsSet, top: number): string {
  return set.chunks
    .slice(0, top)
    .map((c) => `${chunkName(c.file)} ${kb(c.gzip)}`)
    .join(', ');
}

function bundleText(b: NonNullable<Sections['bundle']>): string {
  const rows = [
    [
      `start menu: entry + static imports (${b.menuStatic.chunks.length} files)`,
      kb(b.menuStatic.gzip),
      kb(b.menuStatic.bytes),
      chunksText(b.menuStatic, 4),
    ],
    [
      `start menu: all JS fetched by the time it was usable (${b.menuFetched.chunks.length} files)`,
      kb(b.menuFetched.gzip),
      kb(b.menuFetched.bytes),
      `usable after ${ms(b.menuFetched.usableMs)}`,
    ],
    [
      `full conversation to the debrief (${b.conversation.chunks.length} files)`,
      kb(b.conversation.gzip),
      kb(b.conversation.bytes),
      '',
    ],
    [
      `  + WebAssembly it fetched (${b.conversationWasm.chunks.length} file)`,
      kb(b.conversationWasm.gzip),
      kb(b.conversationWasm.bytes),
      'yoga layout, not JavaScript',
    ],
    [`the whole build (${b.build.chunks} JS files, most never loaded together)`, kb(b.build.gzip), '', ''],
  ];
  const largest = b.conversation.chunks.slice(0, 8).map((c) => [`  ${c.file}`, kb(c.gzip), kb(c.bytes), '']);
  return `${heading('JavaScript (gzip, zlib default level; KB = 1024 bytes)')}\n${table(
    ['what', 'gzip', 'raw', 'notes'],
    [...rows, ['largest chunks of a conversation:', '', '', ''], ...largest],
    [1, 2],
  )}`;
}

function startupText(s: NonNullable<Sections['startup']>): string {
  const all = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  const rows = [
    [
      'navigation → start menu usable („Gespräch beginnen“ visible, enabled)',
      ms(s.menuUsableMs),
      `runs: ${all(s.menuUsableAllMs)} ms`,
    ],
    [
      'navigation → first frame of a running conversation (avatar loaded)',
      ms(s.conversationFrameMs),
      `runs: ${all(s.conversationFrameAllMs)} ms`,
    ],
    ...(s.menuToConversationMs !== undefined
      ? [
          [
            `„Gespräch beginnen“ after ${MENU_READING_MS / 1000} s in the menu → first frame with the customer`,
            ms(s.menuToConversationMs),
            `runs: ${all(s.menuToConversationAllMs ?? [])} ms${
              s.menuPreparedCustomer
                ? `; customer prepared at the click in ${s.menuPreparedCustomer.filter(Boolean).length} of ${s.menuPreparedCustomer.length}`
                : ''
            }`,
          ],
        ]
      : []),
  ];
  return `${heading(`Start (median of ${s.runs}, fresh browser context each, no cache)`)}\n${table(['what', 'median', 'notes'], rows)}\nSoftware-rendered figures (SwiftShader on a 2-core machine): compare them with each other, not with a headset.`;
}

function lineEndsText(l: NonNullable<NonNullable<Sections['frames']>['lineEnds']>): string {
  return `A line's end that brings the answers up (script over the ${LINE_END_FRAMES} frames after it, mean of ${l.lineEnds} line ends at ${l.viewport.width}×${l.viewport.height}): ${l.scriptMs.toFixed(1)} ms, of which the panels (uikit, its signals and layout, React, src/scene/panels) ${l.uiMs.toFixed(1)} ms, GC ${l.gcMs.toFixed(1)} ms; by source: ${l.groups
    .slice(0, 8)
    .map((g) => `${g.group} ${g.ms.toFixed(1)}`)
    .join(', ')}`;
}

function framesText(f: NonNullable<Sections['frames']>): string {
  const row = (
    s: Pick<
      FrameState,
      'state' | 'calls' | 'triangles' | 'geometries' | 'textures' | 'programs' | 'script' | 'frameCpu'
    >,
    vs?: FrameState,
  ) => [
    s.state,
    count(s.calls),
    count(s.triangles),
    count(s.geometries),
    count(s.textures),
    count(s.programs),
    s.script.appSelfMs.toFixed(2),
    s.script.appInclusiveMs.toFixed(2),
    s.script.totalMs.toFixed(2),
    s.script.emulatorMs > 0 ? s.script.emulatorMs.toFixed(2) : '',
    s.script.loopMs !== undefined ? (s.script.loopMs - s.script.emulatorMs).toFixed(2) : '',
    s.script.gcMs.toFixed(2),
    s.script.eventMsPerSecond !== undefined ? s.script.eventMsPerSecond.toFixed(1) : '',
    perHeadsetFrame(s.script).toFixed(2),
    vs ? `${vs.totalVsEmpty.toFixed(1)}×` : '1.0×',
    vs ? `${vs.appVsEmpty.toFixed(2)}×` : '',
    s.frameCpu ? s.frameCpu.cpuMs.toFixed(2) : '',
    s.frameCpu ? s.frameCpu.wallMs.toFixed(2) : '',
    vs?.cpuVsEmpty !== undefined ? `${vs.cpuVsEmpty.toFixed(1)}×` : s.frameCpu && !vs ? '1.0×' : '',
    s.script.wallMs.toFixed(0),
    count(s.script.frames),
  ];
  const headers = [
    'state',
    'calls',
    'triangles',
    'geom',
    'tex',
    'progs',
    'app ms',
    'app+lib ms',
    'total ms',
    'emulator ms',
    'loop ms',
    'gc ms',
    'events ms/s',
    `at ${HEADSET_HZ} Hz`,
    'total/empty',
    'app/empty',
    'rAF CPU ms',
    'rAF wall ms',
    'CPU/empty',
    'frame ms',
    'frames',
  ];
  const empties = f.emptySceneAfter ? [f.emptyScene, f.emptySceneAfter] : [f.emptyScene];
  const rows = [...empties.map((e) => row(e)), ...f.states.map((s) => row(s, s))];
  const top = [...empties, ...f.states].map(
    (s) =>
      `  ${s.state}: ${s.script.groups
        .slice(0, 6)
        .map((g) => `${g.group} ${g.ms.toFixed(2)}`)
        .join(', ')}`,
  );
  return [
    heading('Per frame (script times in ms per drawn frame, sampling CPU profile, attributed through source maps)'),
    table(headers, rows, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]),
    `desktop ${f.viewport.desktop.width}×${f.viewport.desktop.height}, VR ${f.viewport.vr.width}×${f.viewport.vr.height} (emulated Meta Quest 3, stereo, iwer).`,
    'app ms = self time of code under src/; app+lib ms = time with src/ code on the stack; total = all JS incl. GC and the WebGL/DOM calls it makes.',
    'emulator ms = the part of total spent in iwer and the two packages it brings, gl-matrix and webxr-layers-polyfill (the emulated headset, including the WebGL calls it makes to show the stereo layer).',
    'loop ms = the frame loop without the emulator (useFrame callbacks and the render) per frame; gc ms per frame; events ms/s = tasks events start (speech timers and word boundaries, React commits, input) per second of wall time;',
    `at ${HEADSET_HZ} Hz = loop + gc + events ÷ ${HEADSET_HZ}: a frame as a headset's rate spreads the events (the bench draws a frame or two a second, so per drawn frame they would count 50× too much).`,
    `total/empty = the state's "at ${HEADSET_HZ} Hz" ÷ the empty R3F scene's (the mean of its two windows, before and after the states${f.floorMs === undefined ? '' : `: ${f.floorMs.toFixed(2)} ms`}); app/empty = app ÷ the same. frame ms = wall time per frame (SwiftShader, not a GPU).`,
    `rAF CPU / wall ms = the animation frames' callbacks from Chromium's trace (FireAnimationFrame), the main thread's CPU time and wall time per frame: the wall time includes waiting for the software rasterizer, which shares the CPU (VR: the emulator's part included); CPU/empty = rAF CPU ÷ the empty scene's${f.cpuFloorMs ? ` (${f.cpuFloorMs.toFixed(2)} ms)` : ''}; the trace costs ≈ 0.17 ms a frame itself, part of it inside the frames, so this floor is high by up to that much (not budgeted).`,
    'Largest self time per frame by source:',
    ...top,
    'Largest self time per frame by function (a WebGL or DOM call charged to the function that made it, → names it):',
    ...f.states.flatMap((s) => [
      `  ${s.state}:`,
      ...(s.script.sites ?? []).slice(0, 8).map((x) => `    ${x.ms.toFixed(3)} ms  ${x.site}`),
    ]),
    ...(f.lineEnds ? [lineEndsText(f.lineEnds)] : []),
    'Draw calls of one frame by scene part (shadow: = the shadow-map pass, drawn once; the rest once per eye in stereo):',
    ...f.states.map((s) => `  ${s.state}: ${(s.byPart ?? []).map((r) => `${r.part} ${r.calls}`).join(', ')}`),
    `Script per frame with the CPU throttled ${THROTTLE_RATE}× (a stand-in for a headset's CPU), total / without the emulator / GC, and at ${HEADSET_HZ} Hz as above:`,
    ...f.states
      .filter((s) => s.throttled)
      .map((s) => {
        const t = s.throttled as NonNullable<FrameState['throttled']>;
        return `  ${s.state}: ${t.totalMs.toFixed(2)} / ${(t.totalMs - t.emulatorMs).toFixed(2)} / ${t.gcMs.toFixed(2)} ms, at ${HEADSET_HZ} Hz ${perHeadsetFrame(t).toFixed(2)} ms, over ${t.frames} frames; ${t.groups
          .slice(0, 5)
          .map((g) => `${g.group} ${g.ms.toFixed(2)}`)
          .join(', ')}`;
      }),
    ...f.states
      .filter((s) => s.allocations)
      .flatMap((s) => {
        const a = s.allocations as NonNullable<FrameState['allocations']>;
        return [
          `Allocations while ${s.state} (sampling heap profiler, garbage included): ${count(a.bytes)} bytes per frame at ${HEADSET_HZ} Hz over ${a.frames} frames (frame loop ${count(a.loopBytes ?? a.bytes)} B per frame, events ${count(a.eventBytesPerSecond ?? 0)} B/s); by source: ${a.groups
            .slice(0, 8)
            .map((g) => `${g.group} ${count(g.bytes)}`)
            .join(', ')}`,
          ...a.sites.slice(0, 15).map((x) => `  ${count(x.bytes)} B  ${x.site}`),
        ];
      }),
  ].join('\n');
}

/** Where heap growth went, from the snapshots after the first and the last run. */
function makeupText(l: NonNullable<Sections['leaks']>): string {
  if (!l.makeup) return '';
  const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`;
  const { first, last } = l.makeup;
  const grew = (a: number, b: number) => `${mb(a)} → ${mb(b)} (${percent(((b - a) / a) * 100)})`;
  return `heap snapshots, run 1 → ${l.runs.length}: compiled code ${grew(first.codeBytes, last.codeBytes)}, the rest (JS objects, DOM, browser) ${grew(first.otherBytes, last.otherBytes)}`;
}

function leaksText(l: NonNullable<Sections['leaks']>): string {
  const rows = l.runs.map((r) => [
    `after run ${r.run}`,
    count(r.geometries),
    count(r.textures),
    count(r.programs),
    `${(r.heapUsedBytes / 1048576).toFixed(2)} MB`,
  ]);
  return `${heading(`Leaks (${l.runs.length} runs in one page, back on the menu, after a full GC)`)}\n${table(['', 'geometries', 'textures', 'programs', 'JS heap used'], rows, [1, 2, 3, 4])}\nrun 1 → ${l.runs.length}: geometries ${l.geometriesGrowth >= 0 ? '+' : ''}${l.geometriesGrowth}, textures ${l.texturesGrowth >= 0 ? '+' : ''}${l.texturesGrowth}, heap ${percent(l.heapGrowthPercent)}\n${makeupText(l)}`;
}

/** By how much a broken budget is broken, for the table. */
function excess(c: BudgetCheck): string {
  if (c.pass) return '';
  const over = c.value - c.limitValue;
  if (c.id.startsWith('js-')) return `over by ${kb(over)} (${percent((over / c.limitValue) * 100)})`;
  if (c.limitValue === 0) return `grew by ${over}`;
  if (c.id === 'heap-growth') return `${over.toFixed(1)} percentage points over`;
  return `over by ${percent((over / c.limitValue) * 100)}`;
}

function budgetsText(checks: BudgetCheck[], s: Sections): string {
  const rows = checks.map((c) => [c.pass ? 'PASS' : 'FAIL', c.what, c.figure, c.limit, c.where ?? '', excess(c)]);
  const notes = budgetNotes(s).map((n) => `NOTE ${n}`);
  if (checks.length === 0) return [heading('Budgets'), 'none in the sections run', ...notes].join('\n');
  return [heading('Budgets'), table(['', 'budget', 'figure', 'limit', 'where', ''], rows, [2]), ...notes].join('\n');
}

function serverText(s: NonNullable<Sections['server']>): string {
  const head = ['what', ...s.runs.map((r) => (r.database === 'pglite' ? 'PGlite' : 'PostgreSQL'))];
  const row = (what: string, key: Exclude<keyof (typeof s.runs)[number], 'database'>, unit = ms) => [
    what,
    ...s.runs.map((r) => unit(r[key])),
  ];
  const rows = [
    row('recording uploaded', 'recordingMb', (v) => `${v.toFixed(2)} MB`),
    row('seeding 10,000 sessions', 'seedMs'),
    row('upload of a 30-minute recording (median of 5)', 'uploadMs'),
    row('list, 100 of 10,000 (p95 of 20)', 'listP95Ms'),
    row('list with three filters (p95 of 20)', 'listFilteredP95Ms'),
    row('analytics over 10,000 (p95 of 10)', 'analyticsP95Ms'),
    row('CSV of 10,000 (median of 3)', 'csvMs'),
    row('list, 20 concurrent (p95 of 100)', 'loadP95Ms'),
  ];
  return [
    heading('Team server (10,000 seeded sessions)'),
    table(head, rows, [1, 2]),
    ...s.skipped.map((m) => `NOTE ${m}`),
  ].join('\n');
}

/** The table for the sections measured in this run. */
export function printReport(results: BenchResults, ran: readonly string[], checks: BudgetCheck[]): void {
  const s = results.sections;
  const parts: string[] = [];
  if (ran.includes('core') && s.core) parts.push(coreText(s.core));
  if (ran.includes('server') && s.server) parts.push(serverText(s.server));
  if (ran.includes('bundle') && s.bundle) parts.push(bundleText(s.bundle));
  if (ran.includes('startup') && s.startup) parts.push(startupText(s.startup));
  if (ran.includes('frames') && s.frames) parts.push(framesText(s.frames));
  if (ran.includes('leaks') && s.leaks) parts.push(leaksText(s.leaks));
  if (ran.includes('voice') && s.voice) parts.push(voiceText(s.voice));
  parts.push(budgetsText(checks, s));
  console.log(parts.join('\n'));
}

/** Writes bench/results.json, keeping the sections this run did not measure from the previous file. */
export function writeResults(results: BenchResults): BenchResults {
  let merged = results;
  if (existsSync(RESULTS_FILE)) {
    try {
      const previous = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
      merged = {
        ...results,
        measured: { ...previous.measured, ...results.measured },
        sections: { ...previous.sections, ...results.sections },
        budgets: [
          ...(previous.budgets ?? []).filter((b) => !results.budgets.some((n) => n.id === b.id)),
          ...results.budgets,
        ],
      };
    } catch {
      // An unreadable earlier file is replaced.
    }
  }
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
