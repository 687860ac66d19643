import { createStore } from 'zustand/vanilla';

/** What the notice line shows: how many statements wait, how many were refused, and why the last try failed. */
export interface DeliveryState {
  pending: number;
  rejected: number;
  /** HTTP status of the last failed attempt (0: no answer), null while everything goes through. */
  failing: number | null;
  /** Statements accepted since the app started (for tests and the settings panel). */
  delivered: number;
}

/** Kept apart from the outbox's code so the always-present notice costs the start menu almost nothing. */
export const deliveryStore = createStore<DeliveryState>()(() => ({
  pending: 0,
  rejected: 0,
  failing: null,
  delivered: 0,
}));
