/**
 * What the history says about one scenario's attempts. An abandoned conversation stopped before
 * the customer's reaction to the last answers could count, so its partial score is neither the
 * trainee's best nor their latest result: both come from finished attempts only.
 */
export interface AttemptScores {
  /** Highest overall score of a finished attempt; null when every attempt was abandoned. */
  best: number | null;
  /** Overall score of the most recent finished attempt (attempts are oldest first); null likewise. */
  latest: number | null;
}

export function attemptScores(attempts: readonly { scores: { overall: number }; abandoned?: true }[]): AttemptScores {
  const finished = attempts.filter((a) => !a.abandoned).map((a) => a.scores.overall);
  if (finished.length === 0) return { best: null, latest: null };
  return { best: Math.max(...finished), latest: finished.at(-1) ?? null };
}
