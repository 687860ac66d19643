/**
 * `npm run bench`: prints speed figures for the core (no pass/fail thresholds — budgets are
 * compared by reading the figures, docs/performance.md). CPU times on this machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { beginRun, advance, replay, type Run } from '../src/core/session/log';
import { loadScenario } from '../src/core/scenario/load';
import { buildReport } from '../src/core/scoring/report';
import type { Scenario } from '../src/core/scenario/schema';

function time(label: string, runs: number, fn: () => void): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(9)} ms`);
  return ms;
}

console.log('— scenario loading (parse + schema + graph lint)');
const scenarios: Scenario[] = [];
for (const file of readdirSync('scenes').filter((f) => f.endsWith('.yaml'))) {
  const source = readFileSync(`scenes/${file}`, 'utf8');
  time(`load ${file} (${(source.length / 1024).toFixed(0)} KB)`, 20, () => loadScenario(source, file));
  const r = loadScenario(source, file);
  if (r.ok) scenarios.push(r.scenario);
}

console.log('— hostile files (each must answer within a second or two)');
const alias = readFileSync('tests/fixtures/scenes/invalid/alias-bomb.yaml', 'utf8');
time('alias bomb (9 levels × 9)', 5, () => loadScenario(alias, 'x'));
time('50 000 nested flow sequences', 3, () => loadScenario(`${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'x'));
time('5 000 nested flow maps', 3, () => loadScenario(`${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`, 'x'));
time('4 MB file (rejected by size)', 3, () => loadScenario('x'.repeat(4 * 1024 * 1024), 'x'));
time('500 KB of binary garbage', 3, () =>
  loadScenario(String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)).repeat(100), 'x'),
);

console.log('— engine');
const angry = scenarios.find((s) => s.id === 'talkative-pension-story') ?? scenarios[0];
if (!angry) throw new Error('no scenarios');
/** A whole conversation: the first response at every decision, until an ending. */
function fullRun(s: Scenario): Run {
  let run: Run = beginRun(s, { locale: 'de', seed: 'bench' });
  let t = 0;
  while (run.state.phase !== 'ended') {
    t += 3000;
    const node = s.nodes[run.state.beat.node];
    run = advance(
      s,
      run,
      run.state.phase === 'speaking' ? { type: 'spoken', at: t } : { type: 'choose', at: t, response: node?.responses?.[0]?.id ?? '' },
    );
  }
  return run;
}
const full = fullRun(angry);
console.log(`a run of ${angry.id}: ${full.log.intents.length} intents, ${JSON.stringify(full.log).length} bytes of log`);
const fresh = beginRun(angry, { locale: 'de', seed: 'b' });
time('start a session', 500, () => beginRun(angry, { locale: 'de', seed: 'b' }));
const stepMs = time('one engine step (customer finished speaking)', 5000, () => {
  advance(angry, fresh, { type: 'spoken', at: 1 });
});
time(`replay the whole log (${full.log.intents.length} intents)`, 200, () => replay(angry, full.log));
time('build the feedback report', 200, () => buildReport(angry, full.log));
console.log(`steps per 11.1 ms frame budget: ${Math.floor(11.1 / stepMs)}`);
