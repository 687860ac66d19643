import type { Difficulty, Locale } from '../core/scenario/vocabulary';

/** The training modes a link can set (the session store's `Mode`; state sits above this folder). */
export type LinkedMode = 'practice' | 'assessment';

/** The scenario id a link names (`?scenario=ID`), or null. */
export function deepLinkedScenarioId(search: string): string | null {
  return new URLSearchParams(search).get('scenario');
}

/** The settings a link sets (`lang=de|en`, `mode=practice|assessment`, `difficulty=easy|medium|hard`); unknown values are ignored. */
export function deepLinkSettings(search: string): { locale?: Locale; mode?: LinkedMode; difficulty?: Difficulty } {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const mode = params.get('mode');
  const difficulty = params.get('difficulty');
  const patch: { locale?: Locale; mode?: LinkedMode; difficulty?: Difficulty } = {};
  if (lang === 'de' || lang === 'en') patch.locale = lang;
  if (mode === 'practice' || mode === 'assessment') patch.mode = mode;
  if (difficulty === 'easy' || difficulty === 'medium' || difficulty === 'hard') patch.difficulty = difficulty;
  return patch;
}
