import type { Intent } from '../../src/core/dialogue/types';
import type { Next, Scenario, ScenarioNode } from '../../src/core/scenario/schema';
import { advance, beginRun, type Run, type SessionLog } from '../../src/core/session/log';

/**
 * No bundled scenario has 60 decisions on one path (they have 5–12), and the graph lint allows
 * no loop without a way out. So the scoring bench chains copies of a real scenario: every ending
 * of copy k except the last one's becomes "go on to copy k+1's start". Node ids get a `c<k>_`
 * prefix; the protocol (which names endings) is left out, as scoring does not read it.
 */
export function chainedScenario(base: Scenario, copies: number): Scenario {
  const id = (k: number, node: string) => `c${k}_${node}`;
  const rename = (k: number, next: Next): Next =>
    typeof next === 'string' ? id(k, next) : next.map((b) => ({ ...b, to: id(k, b.to) }));
  const nodes: Record<string, ScenarioNode> = {};
  for (let k = 0; k < copies; k++) {
    for (const [key, node] of Object.entries(base.nodes)) {
      const copy: ScenarioNode = {
        ...node,
        ...(node.next !== undefined && { next: rename(k, node.next) }),
        ...(node.responses && { responses: node.responses.map((r) => ({ ...r, next: rename(k, r.next) })) }),
        ...(node.interrupt?.next !== undefined && {
          interrupt: { ...node.interrupt, next: rename(k, node.interrupt.next) },
        }),
        ...(node.onTimeout?.next !== undefined && {
          onTimeout: { ...node.onTimeout, next: rename(k, node.onTimeout.next) },
        }),
      };
      if (node.ending && k < copies - 1) {
        const { ending: _ending, ...goOn } = copy;
        nodes[id(k, key)] = { ...goOn, next: id(k + 1, base.start) };
      } else {
        nodes[id(k, key)] = copy;
      }
    }
  }
  const { protocol: _protocol, ...rest } = base;
  return { ...rest, id: `${base.id}-chained`, start: id(0, base.start), nodes };
}

/**
 * A session of exactly `turns` decisions on a chained scenario: the customer always finishes
 * speaking (2.5 s a line), the trainee takes 4 s and picks the responses in turn (first, second,
 * …), then the customer finishes the line after the last decision. Unfinished on purpose: the
 * 60th decision falls mid-copy.
 */
export function longConversation(base: Scenario, turns: number): { scenario: Scenario; log: SessionLog } {
  const scenario = chainedScenario(base, turns);
  let run: Run = beginRun(scenario, { locale: 'de', seed: 'bench' });
  let t = 0;
  let decisions = 0;
  const later = (ms: number) => {
    t += ms;
    return t;
  };
  const apply = (intent: Intent) => {
    const next = advance(scenario, run, intent);
    if (!next.accepted) throw new Error(`${intent.type} at "${run.state.beat.node}" rejected: ${next.reason}`);
    run = next;
  };
  const settle = () => {
    while (run.state.phase === 'speaking') apply({ type: 'spoken', at: later(2500) });
  };
  while (decisions < turns) {
    settle();
    if (run.state.phase !== 'choosing') throw new Error(`the chained conversation ended after ${decisions} decisions`);
    const responses = scenario.nodes[run.state.beat.node]?.responses ?? [];
    const response = responses[decisions % responses.length];
    if (!response) throw new Error(`no responses at "${run.state.beat.node}"`);
    apply({ type: 'choose', at: later(4000), response: response.id });
    decisions++;
  }
  settle();
  return { scenario, log: run.log };
}
