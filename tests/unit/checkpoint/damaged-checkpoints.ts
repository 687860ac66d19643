import type { Checkpoint } from '../../../src/state/checkpoint';

/**
 * Ways a stored checkpoint can be damaged or outdated, each applied to a valid one. Every one must
 * be discarded with a warning, never restored and never thrown.
 */
export const DAMAGED: { name: string; damage(c: Checkpoint): unknown; reason: RegExp }[] = [
  { name: 'not an object', damage: () => 'hello', reason: /not a checkpoint/ },
  { name: 'an empty object', damage: () => ({}), reason: /not a checkpoint/ },
  { name: 'another format version', damage: (c) => ({ ...c, format: 'counterpart-checkpoint/0' }), reason: /format/ },
  { name: 'no log', damage: (c) => ({ ...c, run: { state: c.run.state } }), reason: /run\.log/ },
  {
    name: 'an intent of an unknown kind',
    damage: (c) => ({ ...c, run: { ...c.run, log: { ...c.run.log, intents: [...c.run.log.intents, { type: 'teleport', at: 1 }] } } }),
    reason: /intents/,
  },
  {
    name: 'a negative time',
    damage: (c) => ({ ...c, run: { ...c.run, log: { ...c.run.log, intents: [{ type: 'spoken', at: -5 }] } } }),
    reason: /intents/,
  },
  { name: 'settings with an unknown language', damage: (c) => ({ ...c, settings: { ...c.settings, locale: 'fr' } }), reason: /settings\.locale/ },
  { name: 'sensing totals with text in them', damage: (c) => ({ ...c, sensing: { headset: 'x', desktop: 'y' } }), reason: /sensing/ },
  { name: 'a scenario that has changed since', damage: (c) => ({ ...c, scenarioFingerprint: 'deadbeef' }), reason: /has changed/ },
  {
    name: 'a log of another scenario',
    damage: (c) => ({ ...c, run: { ...c.run, log: { ...c.run.log, scenarioFingerprint: 'deadbeef' } } }),
    reason: /has changed/,
  },
  { name: 'a scenario that no longer exists', damage: (c) => ({ ...c, scenarioId: 'gone' }), reason: /not available/ },
  {
    name: 'an answer the scenario does not have',
    damage: (c) => ({
      ...c,
      run: { ...c.run, log: { ...c.run.log, intents: [...c.run.log.intents, { type: 'choose', at: 99_000, response: 'shout' }] } },
    }),
    reason: /does not fit/,
  },
  {
    name: 'a state that does not match its log',
    damage: (c) => ({ ...c, run: { ...c.run, state: { ...c.run.state, turn: 7 } } }),
    reason: /does not match/,
  },
];
