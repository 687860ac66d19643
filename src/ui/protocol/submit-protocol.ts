import type { ProtocolCheck } from '../../core/protocol/check';
import type { ConversationProtocol, StoredProtocol } from '../../core/protocol/schema';
import { checkSessionProtocol } from '../../core/protocol/session-check';
import { runIdOf, withProtocol } from '../../core/recording/create';
import type { Recording } from '../../core/recording/schema';
import type { Scenario } from '../../core/scenario/schema';
import type { SessionLog } from '../../core/session/log';
import { localIsoDate } from '../../i18n/local-date';
import { recordsStore, settled, write } from '../../recording/records-store';
import { type ProtocolSaveState, protocolStore } from '../../state/protocol-store';
import type { SessionSummary } from '../../storage/session-repository';

/** A stored session is this run when scenario and run id agree (every run gets a fresh id). */
const isThisRun = (recording: Pick<Recording, 'scenarioId' | 'seed' | 'runId'>, log: SessionLog, runId: string) =>
  recording.scenarioId === log.scenarioId && runIdOf(recording) === runId;

const withScore = (summary: SessionSummary, score: number): SessionSummary => ({
  ...summary,
  scores: { ...summary.scores, protocol: score },
});

/**
 * Checks the trainee's protocol against what happened in the run and stores it with the session,
 * in this order: wait for the end-of-session save (records-store queues writes), find that saved
 * session by its run id (lastSaved may still name an earlier one if this save failed), check, show
 * the result at once, then write. A session that could not be stored keeps the protocol in
 * `unsaved`, so saving it again later stores both. The check is shown whatever storage does.
 * `runId` is the session store's (a run without one is named by its seed, as old recordings are).
 */
export async function submitProtocol(
  scenario: Scenario,
  log: SessionLog,
  protocol: ConversationProtocol,
  now: Date,
  runId: string = log.seed,
): Promise<ProtocolCheck> {
  protocolStore.setState({ forRun: runId, protocol, save: 'saving' });
  await settled();
  const { lastSaved, repository } = recordsStore.getState();
  const saved = lastSaved ? await repository.get(lastSaved.id).catch(() => undefined) : undefined;
  const recording = saved && isThisRun(saved, log, runId) ? saved : undefined;
  const startedAt = recording ? new Date(recording.startedAt) : now;

  const check = checkSessionProtocol(scenario, log, protocol, localIsoDate(startedAt));
  protocolStore.setState({ check, sessionId: recording?.id ?? null });

  const stored: StoredProtocol = { ...protocol, writtenAt: now.toISOString() };
  let save: ProtocolSaveState = 'not-saved';
  if (recording) {
    const done = await write('save', async (repo) => {
      await repo.update(recording.id, (rec, summary) => ({
        recording: withProtocol(rec, stored),
        summary: withScore(summary, check.score),
      }));
      return true;
    });
    save = done ? 'saved' : 'not-saved';
  } else {
    const { unsaved } = recordsStore.getState();
    if (unsaved && isThisRun(unsaved.recording, log, runId)) {
      recordsStore.setState({
        unsaved: {
          recording: withProtocol(unsaved.recording, stored),
          summary: withScore(unsaved.summary, check.score),
        },
      });
      save = 'kept';
    }
  }
  // A later submit for another run must not be overwritten by this one's late answer.
  if (protocolStore.getState().forRun === runId) protocolStore.setState({ save });
  return check;
}
