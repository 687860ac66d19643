/**
 * `npm run server` starts the team server; `npm run server -- add-trainer --team NAME --email
 * ADDRESS` creates a trainer (and the team if new), reading the password from standard input.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer } from './app';
import { passwordProblem } from './auth/password';
import { ConfigError, readConfig } from './config';
import type { Database } from './db/adapter';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { loadBundledScenarios, ScenarioLookup } from './scenarios';
import { applyRetention } from './store/sessions';
import { addTrainer } from './store/trainers';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (at least 10 characters), then Enter and Ctrl-D: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function addTrainerCommand(db: Database, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { team: { type: 'string' }, email: { type: 'string' } } });
  const team = values.team?.trim();
  const email = values.email?.trim().toLowerCase();
  if (!team || !email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    console.error('usage: npm run server -- add-trainer --team NAME --email ADDRESS  (password on standard input)');
    return 2;
  }
  const password = await readStdin();
  const problem = passwordProblem(password);
  if (problem) {
    console.error(`add-trainer: ${problem}`);
    return 2;
  }
  const result = await addTrainer(db, team, email, password);
  console.log(`trainer ${email} added to ${result.newTeam ? 'the new team' : 'team'} "${team}"`);
  return 0;
}

async function serve(db: Database): Promise<void> {
  const config = readConfig();
  const https = config.tls
    ? { cert: readFileSync(config.tls.certPath), key: readFileSync(config.tls.keyPath) }
    : undefined;
  const scenarios = new ScenarioLookup(loadBundledScenarios(resolve('scenes')));
  const app = await buildServer({
    db,
    scenarios,
    appDir: config.appDir,
    trustProxy: config.trustProxy,
    corsOrigins: config.corsOrigins,
    tls: https !== undefined,
    ...(https ? { https } : {}),
    logger: { level: 'info' },
  });
  const sweep = () => applyRetention(db).catch((error) => app.log.warn({ err: error }, 'retention sweep failed'));
  await sweep();
  const timer = setInterval(sweep, 60 * 60 * 1000);
  timer.unref();
  const stop = async () => {
    clearInterval(timer);
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
}

async function main(argv: string[]): Promise<number> {
  const config = readConfig();
  const db = await openDatabase(config);
  await migrate(db);
  if (argv[0] === 'add-trainer') {
    const code = await addTrainerCommand(db, argv.slice(1));
    await db.close();
    return code;
  }
  if (argv.length > 0) {
    console.error(`unknown command "${argv[0]}"; commands: (none) to serve, add-trainer`);
    await db.close();
    return 2;
  }
  await serve(db);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error) => {
    console.error(
      error instanceof ConfigError ? `configuration: ${error.message}` : error instanceof Error ? error.message : error,
    );
    process.exit(1);
  },
);
