import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ProtocolCheck } from '../core/protocol/check';
import type { ConversationProtocol } from '../core/protocol/schema';

/** Where the protocol went: checked and stored with the session, kept with an unsaved session, or only checked. */
export type ProtocolSaveState = 'saving' | 'saved' | 'kept' | 'not-saved';

export interface ProtocolState {
  /**
   * The seed of the run the protocol belongs to. Every run has a fresh seed, so "try again"
   * never shows the last attempt's protocol; checking it is cheaper than resetting on each start.
   */
  forSeed: string | null;
  protocol: ConversationProtocol | null;
  check: ProtocolCheck | null;
  save: ProtocolSaveState | null;
  /** The stored session the protocol was saved with, for the print page. */
  sessionId: string | null;
}

export const protocolStore = createStore<ProtocolState>()(() => ({ forSeed: null, protocol: null, check: null, save: null, sessionId: null }));

const EMPTY: ProtocolState = { forSeed: null, protocol: null, check: null, save: null, sessionId: null };

/** The protocol state of the run with this seed (empty for any other run). */
export function useRunProtocol(seed: string | undefined): ProtocolState {
  const state = useStore(protocolStore);
  return seed !== undefined && state.forSeed === seed ? state : EMPTY;
}
