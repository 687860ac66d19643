/** The editor's unsaved text, kept in localStorage on every change so a reload (or a crash) loses nothing. */
export interface Draft {
  file: string;
  source: string;
}

const KEY = 'counterpart.scenario-draft';

export function loadDraft(): Draft | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Draft>;
    return typeof value.file === 'string' && typeof value.source === 'string'
      ? { file: value.file, source: value.source }
      : null;
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft | null): void {
  try {
    if (draft) localStorage.setItem(KEY, JSON.stringify(draft));
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode or a full storage: the draft simply is not kept.
  }
}
