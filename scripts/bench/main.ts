/**
 * `npm run bench`: builds the production app, serves it on loopback, drives headless Chromium and
 * prints a table plus bench/results.json; exits 1 when a budget (budgets.ts) is broken.
 * `npm run bench:core` (= `--only=core`) and `npm run bench:server` (= `--only=server`: the team
 * server on the embedded database, and on PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is
 * set) need no build and no browser.
 *
 *   --only=core,server,bundle,startup,frames,leaks,voice   sections to run (default: all)
 *   --runs=5                                  startup: page loads per figure
 *   --leak-runs=10                            leaks: scenario runs in one page
 *   --naive-runs=200                          core: runs per naive player and scenario
 *   --alloc-frames=300                        frames: heap-sampled frames while the customer speaks
 *   --frame-states=desktop|vr                 frames: only the desktop or the VR states (default both)
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { checkBudgets } from './budgets';
import { runBundle } from './bundle';
import { runCore } from './core';
import { DEFAULT_ALLOCATION_FRAMES, type FrameStateSet, runFrames, STEADY_STATE_FLAGS } from './frames';
import { runLeaks } from './leaks';
import { RESULTS_FILE, ROOT } from './paths';
import { printReport, writeResults } from './report';
import { type BenchResults, type Measured, SECTIONS, type SectionName, type Sections } from './results';
import { type Served, serveBuiltApp, serveEmptyScene } from './served';
import { runServer } from './server';
import { runStartup } from './startup';
import { runVoice } from './voice';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function sectionsToRun(): SectionName[] {
  const only = option('only');
  if (!only) return [...SECTIONS];
  const names = only.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  return SECTIONS.filter((s) => names.includes(s));
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive whole number, not ${value}`);
  return n;
};

async function main(): Promise<number> {
  const run = sectionsToRun();
  const startupRuns = positive(option('runs'), 5);
  const leakRuns = positive(option('leak-runs'), 10);
  const naiveRuns = positive(option('naive-runs'), 200);
  const allocFrames = positive(option('alloc-frames'), DEFAULT_ALLOCATION_FRAMES);
  const frameStates = option('frame-states') ?? 'all';
  if (!['desktop', 'vr', 'all'].includes(frameStates))
    throw new Error(`--frame-states: desktop, vr or all, not ${frameStates}`);
  const sections: Sections = {};
  const measured: Partial<Record<SectionName, Measured>> = {};
  const at = commit();
  const started = performance.now();
  const timed = async <T>(name: SectionName, body: () => Promise<T> | T): Promise<T> => {
    console.log(`— ${name}`);
    const t0 = performance.now();
    const result = await body();
    measured[name] = {
      at: new Date().toISOString(),
      commit: at,
      seconds: Math.round((performance.now() - t0) / 100) / 10,
    };
    return result;
  };

  if (run.includes('core')) sections.core = await timed('core', () => runCore({ naiveRuns }));
  if (run.includes('server')) sections.server = await timed('server', runServer);

  let chromium: string | null = null;
  const browserSections = run.filter((s) => s !== 'core' && s !== 'server');
  if (browserSections.length > 0) {
    let browser: Browser | undefined;
    let app: Served | undefined;
    let empty: Served | undefined;
    try {
      console.log('— building and serving the production app');
      app = await serveBuiltApp();
      // One browser for everything (the machine has two cores, and others run browser tests too).
      browser = await launchBrowser();
      chromium = browser.version();
      const b = browser;
      const a = app;
      if (run.includes('bundle')) sections.bundle = await timed('bundle', () => runBundle(b, a));
      if (run.includes('startup')) sections.startup = await timed('startup', () => runStartup(b, a, startupRuns));
      if (run.includes('frames')) {
        empty = await serveEmptyScene();
        const e = empty;
        // Its own Chromium, with V8 tiering up sooner (STEADY_STATE_FLAGS says why).
        const steady = await launchBrowser(STEADY_STATE_FLAGS);
        try {
          sections.frames = await timed('frames', () =>
            runFrames(steady, a, e, allocFrames, frameStates as FrameStateSet),
          );
        } finally {
          await steady.close();
        }
      }
      if (run.includes('leaks')) sections.leaks = await timed('leaks', () => runLeaks(b, a, leakRuns));
      // Voice mode launches its own Chromium: the fake microphone's file is a launch flag.
      if (run.includes('voice')) sections.voice = await timed('voice', () => runVoice(a));
    } finally {
      await browser?.close();
      await app?.close();
      await empty?.close();
    }
  }

  const checks = checkBudgets(sections, run);
  const results: BenchResults = {
    machine: { node: process.version, cpus: availableParallelism(), chromium, webgl: 'SwiftShader (software)' },
    measured,
    sections,
    budgets: checks,
  };
  writeResults(results);
  console.log(
    `\nCounterpart bench on ${at}: ${run.join(', ')} — ${availableParallelism()} CPUs, Node ${process.version}${chromium ? `, Chromium ${chromium}` : ''}`,
  );
  if (browserSections.length > 0) {
    console.log(
      'Browser figures are software-rendered (SwiftShader): draw calls and triangles are real, times are CPU times on this machine.',
    );
  }
  printReport(results, run, checks);
  const failed = checks.filter((c) => !c.pass);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\n${checks.length - failed.length} of ${checks.length} budgets kept; figures in ${RESULTS_FILE.replace(ROOT, '')} (${seconds.toFixed(0)} s).`,
  );
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
