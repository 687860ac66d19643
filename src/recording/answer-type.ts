import type { Scenario } from '../core/scenario/schema';
import type { CustomerType } from '../core/scenario/vocabulary';
import type { SessionLog } from '../core/session/log';
import { sessionStore } from '../state/session';

/**
 * The trainee answers „Welcher Kundentyp war das?“ (DOM or 3D debrief): scored in the report at
 * once, then stored with the saved session (the storing module loads with the first answer).
 */
export function answerCustomerType(scenario: Scenario, log: SessionLog, type: CustomerType): void {
  const { answerType, runId } = sessionStore.getState();
  answerType(type);
  void import('./submit-type-answer')
    .then((m) => m.submitTypeAnswer(scenario, log, type, runId ?? log.seed))
    .catch((error: unknown) => console.warn('Counterpart: the type answer could not be stored', error));
}
