import { readOrganisation } from '../storage/organisation-settings';

/** Set while statements wait in the outbox, so the next start loads the outbox to send them. */
export const OUTBOX_MARKER_KEY = 'counterpart.outboxWaiting';

/**
 * Whether this start needs the learning-record outbox: an organisation LRS is configured, or an
 * earlier page left statements waiting. Otherwise its code is not even loaded.
 */
export function needsDelivery(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return readOrganisation(storage).lrs !== null || storage?.getItem(OUTBOX_MARKER_KEY) === '1';
  } catch {
    return false;
  }
}

export function markWaiting(
  pending: number,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage,
): void {
  try {
    if (pending > 0) storage?.setItem(OUTBOX_MARKER_KEY, '1');
    else storage?.removeItem(OUTBOX_MARKER_KEY);
  } catch {
    // Storage disabled: the outbox is then loaded only when an LRS is configured or cmi5 launches.
  }
}
