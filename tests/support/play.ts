import type { Intent } from '../../src/core/dialogue/types';
import type { Scenario } from '../../src/core/scenario/schema';
import type { Difficulty, Locale } from '../../src/core/scenario/vocabulary';
import { advance, beginRun, type Run } from '../../src/core/session/log';

/**
 * A scripted trainee for tests: each entry is a response id, "interrupt", "timeout" or
 * "wait" (let the customer finish). Between steps the customer finishes speaking; the clock
 * advances `thinkMs` per decision. Every intent must be accepted.
 */
export type Move = string;

export function playScript(
  scenario: Scenario,
  moves: readonly Move[],
  options: { locale?: Locale; seed?: string; thinkMs?: number; rules?: number; difficulty?: Difficulty } = {},
): Run & { said: string[] } {
  const { locale = 'de', seed = 'golden', thinkMs = 4000, rules, difficulty } = options;
  const begun = beginRun(scenario, {
    locale,
    seed,
    ...(rules !== undefined ? { rules } : {}),
    ...(difficulty ? { difficulty } : {}),
  });
  let run: Run = begun;
  const said: string[] = [];
  let t = 0;
  const collect = (outputs: ReturnType<typeof advance>['outputs']) => {
    for (const o of outputs) if (o.type === 'say') said.push(...o.lines.map((l) => l.text));
  };
  collect(begun.outputs);
  const apply = (intent: Intent) => {
    const r = advance(scenario, run, intent);
    if (!r.accepted) throw new Error(`move ${intent.type} at node "${run.state.beat.node}" rejected: ${r.reason}`);
    run = r;
    collect(r.outputs);
  };
  // Let the customer finish until there is something to decide (or the end).
  const later = (ms: number): number => {
    t += ms;
    return t;
  };
  const settle = () => {
    while (run.state.phase === 'speaking') apply({ type: 'spoken', at: later(2500) });
  };
  for (const move of moves) {
    if (move === 'interrupt') {
      apply({ type: 'interrupt', at: later(1200) });
      continue;
    }
    settle();
    if (run.state.phase !== 'choosing')
      throw new Error(`move "${move}" but the conversation is ${run.state.phase} at node "${run.state.beat.node}"`);
    if (move === 'timeout') apply({ type: 'timeout', at: later(Math.max(0, (run.state.deadline ?? t) - t)) });
    else apply({ type: 'choose', at: later(thinkMs), response: move });
  }
  settle();
  return { ...run, said };
}
