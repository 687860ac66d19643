/**
 * `npx tsx scripts/local-lms.ts [SCENARIO-ID] [APP-URL]`: a throw-away cmi5 LMS with its LRS on
 * loopback (the one the browser tests use, tests/e2e/support/test-lms.ts), for trying a cmi5
 * launch by hand. Prints the launch URL for the scenario and every statement the LRS receives.
 */
import { randomUUID } from 'node:crypto';
import { startTestLms } from '../tests/e2e/support/test-lms';

const [scenario = 'angry-repair-returned', app = 'http://localhost:5173/'] = process.argv.slice(2);
const registration = randomUUID();
const lms = await startTestLms({
  contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() } },
  launchMode: 'Normal',
  moveOn: 'CompletedAndPassed',
  masteryScore: 0.7,
});
lms.preferences = { languagePreference: 'de-DE' };
const params = new URLSearchParams({
  endpoint: lms.endpoint,
  fetch: `${lms.url}/fetch/1`,
  actor: JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://id.example.org', name: 'learner-42' } }),
  registration,
  activityId: `https://training.example.org/counterpart/au/${scenario}`,
});
console.log(
  `LMS + LRS on ${lms.url}; open this launch URL (once — the token is handed out once):\n\n  ${new URL(`?${params}`, app).href}\n`,
);
let seen = 0;
setInterval(() => {
  for (const s of lms.statements.slice(seen)) {
    const verb = String((s.verb as { id: string }).id)
      .split('/')
      .at(-1);
    const result = s.result ? ` ${JSON.stringify(s.result)}` : '';
    console.log(`${String(s.timestamp)}  ${verb}  ${(s.object as { id: string }).id}${result}`);
  }
  seen = lms.statements.length;
}, 250);
