let asked = false;

/**
 * Asks the browser once per page load to keep the app's storage when space runs low (without it,
 * a checkpoint may be evicted). Chromium decides silently, Firefox may ask the user; a storage
 * that is already persistent is not asked again. Resolves to whether storage is persistent.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (asked) return false;
  asked = true;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch (error) {
    console.warn('Counterpart: could not ask for persistent storage', error);
    return false;
  }
}
