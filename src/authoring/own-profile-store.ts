import { useCallback, useEffect, useMemo, useState } from 'react';
import { indexedOwnProfile, type OwnProfileRow } from '../storage/own-profile';

/** The own company profile on this device, for the page: the row (null: none; undefined: still reading) and writes. */
export function useOwnProfile() {
  const repo = useMemo(() => indexedOwnProfile(), []);
  const [row, setRow] = useState<OwnProfileRow | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      setRow((await repo.get()) ?? null);
    } catch (error) {
      console.warn('Counterpart: the own company profile could not be read', error);
      setRow(null);
    }
  }, [repo]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const put = useCallback(
    async (next: Omit<OwnProfileRow, 'id'>) => {
      await repo.put(next);
      await refresh();
    },
    [repo, refresh],
  );
  const remove = useCallback(async () => {
    await repo.delete();
    await refresh();
  }, [repo, refresh]);
  return { row, put, remove };
}
