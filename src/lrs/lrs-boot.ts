import { scenarioFingerprint } from '../core/session/fingerprint';
import { recordsStore } from '../recording/records-store';
import { statementsOf } from '../recording/xapi-export';
import { basicAuth, readOrganisation } from '../storage/organisation-settings';
import { indexedOutbox, memoryOutbox } from '../storage/outbox';
import { createDelivery, type Delivery } from './delivery';
import { lrsStore } from './lrs-store';
import { markWaiting } from './needs-delivery';
import { scenarioSource } from './scenario-source';
import { putStatement } from './xapi-client';

let delivery: Delivery | null = null;

/**
 * The app's one outbox (src/lrs/delivery.ts over IndexedDB): created on first use, it first
 * sends what an earlier page left waiting, and tries again whenever the browser comes online.
 */
export function theDelivery(): Delivery {
  if (delivery) return delivery;
  const created = createDelivery({
    repository: typeof indexedDB === 'undefined' ? memoryOutbox() : indexedOutbox(),
    resolve: (target) => {
      if (target.kind === 'cmi5') return target;
      const { lrs } = readOrganisation();
      return lrs ? { endpoint: lrs.endpoint, authorization: basicAuth(lrs.username, lrs.password) } : null;
    },
    send: putStatement,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    nowIso: () => new Date().toISOString(),
    onWaiting: markWaiting,
  });
  delivery = created;
  window.addEventListener('online', () => void created.pump());
  void created.pump();
  return created;
}

/**
 * Delivery outside cmi5: when the organisation configured an LRS (the data page), every stored
 * session's statements are queued for it. Under a cmi5 launch the LMS's LRS gets them instead
 * (cmi5-launch.ts), so this stays quiet. Without an LRS nothing is queued and nothing shows.
 */
let watching = false;

export function startOrganisationDelivery(): void {
  void theDelivery().pump();
  if (watching) return;
  watching = true;
  recordsStore.subscribe((state, prev) => {
    if (!state.lastSaved || state.lastSaved === prev.lastSaved) return;
    if (lrsStore.getState().cmi5 !== null || readOrganisation().lrs === null) return;
    const { id } = state.lastSaved;
    void (async () => {
      const recording = await state.repository.get(id);
      const scenario = recording ? await scenarioSource().load(recording.scenarioId) : undefined;
      if (!recording || !scenario || scenarioFingerprint(scenario) !== recording.scenarioFingerprint) return;
      await theDelivery().enqueue({ kind: 'organisation' }, statementsOf(recording, scenario, window.location.href));
    })().catch((error: unknown) => console.warn('Counterpart: the session could not be queued for the LRS', error));
  });
}
