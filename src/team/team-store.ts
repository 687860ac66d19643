import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Pairing } from './device-api';

export type UploadStatus = 'uploaded' | 'waiting' | 'refused';

export interface TeamState {
  /** Whether the team link was read from storage yet (the pairing form waits for it). */
  loaded: boolean;
  pairing: Pairing | null;
  /** Per local session, how its upload stands; sessions without an entry are not uploaded (not paired). */
  uploads: Record<string, UploadStatus>;
  /** The last round: all sent, the server unreachable (retrying), or this device no longer paired. */
  connection: 'ok' | 'offline' | 'unpaired' | null;
}

export const teamStore = createStore<TeamState>()(() => ({
  loaded: false,
  pairing: null,
  uploads: {},
  connection: null,
}));

export function useTeam<T>(selector: (s: TeamState) => T): T {
  return useStore(teamStore, selector);
}
