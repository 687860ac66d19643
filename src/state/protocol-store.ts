import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ProtocolCheck } from '../core/protocol/check';
import type { ConversationProtocol } from '../core/protocol/schema';

/** Where the protocol went: checked and stored with the session, kept with an unsaved session, or only checked. */
export type ProtocolSaveState = 'saving' | 'saved' | 'kept' | 'not-saved';

export interface ProtocolState {
  /**
   * The id of the run the protocol belongs to (the session store's `runId`). Every run has a fresh
   * id, so "try again" never shows the last attempt's protocol; checking it is cheaper than
   * resetting on each start.
   */
  forRun: string | null;
  protocol: ConversationProtocol | null;
  check: ProtocolCheck | null;
  save: ProtocolSaveState | null;
  /** The stored session the protocol was saved with, for the print page. */
  sessionId: string | null;
}

export const protocolStore = createStore<ProtocolState>()(() => ({
  forRun: null,
  protocol: null,
  check: null,
  save: null,
  sessionId: null,
}));

const EMPTY: ProtocolState = { forRun: null, protocol: null, check: null, save: null, sessionId: null };

/** The protocol state of the run with this id (empty for any other run). */
export function useRunProtocol(runId: string | null | undefined): ProtocolState {
  const state = useStore(protocolStore);
  return runId != null && state.forRun === runId ? state : EMPTY;
}
