import { describe, expect, it } from 'vitest';
import { presentChoices } from '../../../src/core/dialogue/present';
import { ENGINE_RULES } from '../../../src/core/dialogue/types';
import { KEY_ACTIONS } from '../../../src/input/keyboard-map';
import { createSessionStore } from '../../../src/state/session-store';
import { scenarioFrom } from '../../support/scenarios';

const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');

function store(seed: string, settings = {}) {
  let clock = 0;
  const s = createSessionStore({ clock: () => (clock += 500), newSeed: () => seed }, settings);
  return s;
}

describe('session store: levels and shuffled answers', () => {
  it('starts new runs under the current rules at the chosen level, default medium', () => {
    const s = store('a');
    s.getState().start(scenario);
    expect(s.getState().run?.log).toMatchObject({ rules: ENGINE_RULES, difficulty: 'medium' });
    s.getState().start(scenario, { difficulty: 'hard' });
    expect(s.getState().run?.state.difficulty).toBe('hard');
    const fromSettings = store('b', { difficulty: 'easy' });
    fromSettings.getState().start(scenario);
    expect(fromSettings.getState().run?.log.difficulty).toBe('easy');
  });

  it('a retry keeps the level of the run it repeats', () => {
    const s = store('c');
    s.getState().start(scenario, { difficulty: 'hard' });
    s.getState().retry();
    expect(s.getState().run?.log.difficulty).toBe('hard');
  });

  it('keys 1–4 choose the answer at that shown position, not the file position', () => {
    // Find a seed whose first decision does not show the file's first answer first.
    for (let i = 0; i < 20; i++) {
      const s = store(`k${i}`);
      s.getState().start(scenario);
      while (s.getState().run?.state.phase === 'speaking') s.getState().finishSpeaking();
      const state = s.getState().run?.state;
      if (!state) throw new Error('no run');
      const shown = presentChoices(scenario, state);
      const file = scenario.nodes[state.beat.node]?.responses?.map((r) => r.id) ?? [];
      if (shown[1]?.id === file[1]) continue;
      expect(KEY_ACTIONS.Digit2?.(s.getState())).toBe(true);
      const chosen = s.getState().run?.log.intents.findLast((x) => x.type === 'choose');
      expect(chosen).toMatchObject({ response: shown[1]?.id });
      return;
    }
    throw new Error('no seed shuffled the second answer away from its file position');
  });
});
