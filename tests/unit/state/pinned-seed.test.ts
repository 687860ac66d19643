import { describe, expect, it } from 'vitest';
import { startSession, step } from '../../../src/core/dialogue/engine';
import { presentChoices } from '../../../src/core/dialogue/present';
import { ENGINE_RULES, type Intent, type SessionState } from '../../../src/core/dialogue/types';
import { pinnedSeed } from '../../../src/state/pinned-seed';
import { XR_SCENARIO, XR_SEED } from '../../e2e/support/xr-path';
import { scenarioFrom } from '../../support/scenarios';

describe('a seed pinned by a browser test', () => {
  it('is honoured only with the test hook, and only as a plain token', () => {
    expect(pinnedSeed('?probe&seed=headset-3')).toBe('headset-3');
    expect(pinnedSeed('?seed=headset-3')).toBeNull();
    expect(pinnedSeed('?probe')).toBeNull();
    expect(pinnedSeed('?probe&seed=')).toBeNull();
    expect(pinnedSeed('?probe&seed=a%20b')).toBeNull();
    expect(pinnedSeed(`?probe&seed=${'x'.repeat(65)}`)).toBeNull();
  });

  it('keeps the headset test’s conversation open along its whole walk, timeouts or not', () => {
    const scenario = scenarioFrom(`scenes/${XR_SCENARIO}.yaml`);
    // Walks answer 2, answer 1, answer 2, with up to `before` timeouts at the second decision and
    // up to `later` at the third; returns the phase after each answer.
    const walk = (before: number, later: number) => {
      let state: SessionState = startSession(scenario, {
        locale: 'de',
        seed: XR_SEED,
        rules: ENGINE_RULES,
        difficulty: 'medium',
      }).state;
      let at = 0;
      const nextSecond = () => {
        at += 1000;
        return at;
      };
      const apply = (intent: Intent) => {
        at = intent.at;
        const result = step(scenario, state, intent);
        if (!result.accepted) throw new Error(result.reason);
        state = result.state;
      };
      const untilChoosing = () => {
        for (let n = 0; n < 20 && state.phase === 'speaking'; n++) apply({ type: 'spoken', at: nextSecond() });
      };
      const timeouts = (count: number) => {
        for (let n = 0; n < count && state.phase === 'choosing' && state.deadline !== null; n++) {
          apply({ type: 'timeout', at: Math.max(at, state.deadline) + 1 });
          untilChoosing();
        }
      };
      const answer = (number: number) => {
        const choice = presentChoices(scenario, state).find((c) => c.number === number);
        if (!choice) throw new Error(`no answer ${number}`);
        apply({ type: 'choose', at: nextSecond(), response: choice.id });
        untilChoosing();
        return state.phase;
      };
      untilChoosing();
      const phases = [answer(2)];
      timeouts(before);
      phases.push(answer(1));
      timeouts(later);
      phases.push(answer(2));
      return phases;
    };
    for (let before = 0; before <= 2; before++) {
      for (let later = 0; later <= 6; later++) {
        expect(walk(before, later), `${before} and ${later} timeouts`).toEqual(['choosing', 'choosing', 'choosing']);
      }
    }
  });
});
