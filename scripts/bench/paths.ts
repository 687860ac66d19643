import { fileURLToPath } from 'node:url';

/** The repository (worktree) root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where `npm run bench` writes its figures (git-ignored). */
export const RESULTS_FILE = `${ROOT}bench/results.json`;
