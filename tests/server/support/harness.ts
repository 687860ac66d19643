import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type BuildOptions, buildServer } from '../../../src/server/app';
import { loadBundledScenarios, ScenarioLookup } from '../../../src/server/scenarios';
import { createPairingCode, redeemPairingCode } from '../../../src/server/store/devices';
import { addTrainer, startLogin } from '../../../src/server/store/trainers';
import { repoPath } from '../../support/scenarios';
import { freshDatabase, type TestDatabase } from './database';

const bundled = loadBundledScenarios(repoPath('scenes'));

export interface TestTeam {
  name: string;
  teamId: string;
  /** Cookie header of a logged-in trainer. */
  trainer: { cookie: string };
  /** Authorization header of a paired device. */
  device: { authorization: string };
  deviceId: string;
}

export interface TestServer {
  app: FastifyInstance;
  database: TestDatabase;
  team(name?: string): Promise<TestTeam>;
  close(): Promise<void>;
}

export const PASSWORD = 'correct horse battery';

/** A server on a fresh database, driven with `app.inject` (no sockets) unless a test listens. */
export async function startTestServer(options: Partial<BuildOptions> = {}): Promise<TestServer> {
  const database = await freshDatabase();
  const { db } = database;
  const app = await buildServer({ db, scenarios: new ScenarioLookup(bundled), ...options });
  await app.ready();
  return {
    app,
    database,
    // Teams are made through the store (not the rate-limited routes), as add-trainer does.
    team: async (name = `team-${randomUUID().slice(0, 8)}`) => {
      const email = `${name}@example.org`;
      const { teamId, trainerId } = await addTrainer(db, name, email, PASSWORD);
      const token = await startLogin(db, trainerId, teamId);
      const { code } = await createPairingCode(db, teamId);
      const paired = await redeemPairingCode(db, code, 'test headset');
      if (!paired) throw new Error('pairing failed');
      return {
        name,
        teamId,
        trainer: { cookie: `counterpart_trainer=${token}` },
        device: { authorization: `Bearer ${paired.token}` },
        deviceId: paired.deviceId,
      };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export const json = <T = Record<string, unknown>>(response: LightMyRequestResponse): T => response.json() as T;
