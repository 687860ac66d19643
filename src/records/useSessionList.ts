import { useEffect, useState } from 'react';
import { useRecords } from '../recording/records-store';
import type { SessionSummary } from '../storage/session-repository';

/** The stored sessions, newest first; reloaded whenever the records store reports a change. null while loading. */
export function useSessionList(): SessionSummary[] | null {
  const repository = useRecords((s) => s.repository);
  const revision = useRecords((s) => s.revision);
  const [list, setList] = useState<SessionSummary[] | null>(null);
  useEffect(() => {
    let current = true;
    repository.list().then(
      (rows) => {
        if (current) setList(rows);
      },
      (error: unknown) => {
        console.warn('Counterpart: could not read the stored sessions', error);
        if (current) setList([]);
      },
    );
    return () => {
      current = false;
    };
  }, [repository, revision]);
  return list;
}
