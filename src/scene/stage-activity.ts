import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * Whether the content standing in for the live conversation (TrainingScene's `stage`, e.g. the
 * trainer's replay) is animating. Without it the canvas draws on demand only: the session list
 * over an empty room needs no frames.
 */
export const stageActivity = createStore<{ animating: boolean }>()(() => ({ animating: false }));

export const useStageAnimating = () => useStore(stageActivity, (s) => s.animating);
