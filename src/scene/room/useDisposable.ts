import { useEffect, useMemo } from 'react';

/** Creates a three.js resource once and disposes it when the component unmounts. */
export function useDisposable<T extends { dispose(): void }>(create: () => T, deps: readonly unknown[] = []): T {
  const value = useMemo(create, deps);
  useEffect(() => () => value.dispose(), [value]);
  return value;
}
