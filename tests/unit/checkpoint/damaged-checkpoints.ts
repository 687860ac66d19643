import { decodeDeltaColumn, encodeDeltaColumn } from '../../../src/core/recording/delta-column';
import type { PoseTrack } from '../../../src/core/recording/pose-track';
import type { Checkpoint } from '../../../src/storage/checkpoint';

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
    damage: (c) => ({
      ...c,
      run: { ...c.run, log: { ...c.run.log, intents: [...c.run.log.intents, { type: 'teleport', at: 1 }] } },
    }),
    reason: /intents/,
  },
  {
    name: 'a negative time',
    damage: (c) => ({ ...c, run: { ...c.run, log: { ...c.run.log, intents: [{ type: 'spoken', at: -5 }] } } }),
    reason: /intents/,
  },
  {
    name: 'settings with an unknown language',
    damage: (c) => ({ ...c, settings: { ...c.settings, locale: 'fr' } }),
    reason: /settings\.locale/,
  },
  {
    name: 'sensing totals with text in them',
    damage: (c) => ({ ...c, sensing: { headset: 'x', desktop: 'y' } }),
    reason: /sensing/,
  },
  {
    name: 'a scenario that has changed since',
    damage: (c) => ({ ...c, scenarioFingerprint: 'deadbeef' }),
    reason: /has changed/,
  },
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
      run: {
        ...c.run,
        log: { ...c.run.log, intents: [...c.run.log.intents, { type: 'choose', at: 99_000, response: 'shout' }] },
      },
    }),
    reason: /does not fit/,
  },
  {
    name: 'a state that does not match its log',
    damage: (c) => ({ ...c, run: { ...c.run, state: { ...c.run.state, turn: 7 } } }),
    reason: /does not match/,
  },
];

/**
 * Ways the poses of a checkpoint can be damaged, each applied to a valid one with poses. The poses
 * must be dropped with a warning and the conversation kept: the log is worth more than the motion.
 */
export const DAMAGED_POSES: { name: string; damage(c: Checkpoint & { poses: PoseTrack }): unknown; reason: RegExp }[] =
  [
    { name: 'not an object', damage: (c) => ({ ...c, poses: 'garbage' }), reason: /poses: / },
    {
      name: 'a part missing',
      damage: (c) => ({ ...c, poses: { ...c.poses, left: undefined } }),
      reason: /poses\.left/,
    },
    {
      name: 'a column of another type',
      damage: (c) => ({ ...c, poses: { ...c.poses, head: { ...c.poses.head, qw: 7 } } }),
      reason: /poses\.head\.qw/,
    },
    {
      name: 'a column cut short (a torn write)',
      damage: (c) => ({ ...c, poses: { ...c.poses, head: { ...c.poses.head, y: c.poses.head.y.slice(0, -6) } } }),
      reason: /poses\.head\.y/,
    },
    {
      name: 'a character outside base64url',
      damage: (c) => ({ ...c, poses: { ...c.poses, right: { ...c.poses.right, z: `*${c.poses.right.z.slice(1)}` } } }),
      reason: /poses\.right\.z: unexpected character/,
    },
    {
      name: 'a count that does not match',
      damage: (c) => ({ ...c, poses: { ...c.poses, head: { ...c.poses.head, count: 3 } } }),
      reason: /poses\.head\.t/,
    },
    {
      name: 'another rotation scale',
      damage: (c) => ({ ...c, poses: { ...c.poses, rotationScale: 1000 } }),
      reason: /poses\.rotationScale/,
    },
    {
      // Well-formed, but a minute later than the log: the resumed recording would take nothing until then.
      name: 'samples after the last intent',
      damage: (c) => {
        const t = Array.from(decodeDeltaColumn(c.poses.head.t, c.poses.head.count), (v) => v + 60_000);
        return { ...c, poses: { ...c.poses, head: { ...c.poses.head, t: encodeDeltaColumn(t) } } };
      },
      reason: /poses\.head\.t: a sample lies after the last intent/,
    },
  ];
