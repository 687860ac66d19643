import { randomUUID } from 'node:crypto';
import type { Recording } from '../../../src/core/recording/schema';
import { goldenMoves } from '../../support/golden-paths';
import { scenarioFrom } from '../../support/scenarios';
import { recordedSession } from '../../unit/recording/synthetic';

export const SCENARIO_ID = 'angry-repair-returned';
const scenario = scenarioFrom(`scenes/${SCENARIO_ID}.yaml`);

// Played and encoded once per path; each test session is a copy with its own id, trainee and date.
const played = new Map<string, Recording>();

/** A session on a bundled scenario along its golden path `path` ("best" or "worst"). */
export function sessionOn(
  path: 'best' | 'worst',
  fields: Partial<Pick<Recording, 'id' | 'pseudonym' | 'startedAt' | 'notes'>> = {},
): Recording {
  let base = played.get(path);
  if (!base) {
    base = recordedSession(scenario, goldenMoves(SCENARIO_ID, path)).recording;
    played.set(path, base);
  }
  return { ...structuredClone(base), id: randomUUID(), ...fields };
}

export const body = (recording: Recording): string => JSON.stringify(recording);
