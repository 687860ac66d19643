import { useEffect, useState } from 'react';
import type { TrainerNote } from '../core/recording/schema';
import { useRecords } from '../recording/records-store';
import type { SessionSummary } from '../storage/session-repository';

/** The trainer notes of the given sessions, read from their recordings (only those that have notes). */
export function useTrainerNotes(sessions: readonly SessionSummary[]): ReadonlyMap<string, TrainerNote[]> {
  const repository = useRecords((s) => s.repository);
  const [notes, setNotes] = useState<ReadonlyMap<string, TrainerNote[]>>(new Map());
  const key = sessions
    .filter((s) => s.noteCount > 0)
    .map((s) => `${s.id}:${s.noteCount}`)
    .join(',');
  useEffect(() => {
    let current = true;
    const ids = key ? key.split(',').map((k) => k.split(':')[0] as string) : [];
    Promise.all(ids.map(async (id) => [id, (await repository.get(id))?.notes ?? []] as const)).then(
      (entries) => {
        if (current) setNotes(new Map(entries));
      },
      (error: unknown) => console.warn('Counterpart: could not read the trainer notes', error),
    );
    return () => {
      current = false;
    };
  }, [repository, key]);
  return notes;
}
