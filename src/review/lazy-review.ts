import { lazy } from 'react';

/**
 * The review is for trainers on a desktop; a trainee's conversation never needs it, so it (and
 * drei's OrbitControls) loads on first visit to `#/review` (JS budget, docs/performance.md#budgets).
 */
export const LazyReviewPage = lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage })));
export const LazyReviewStage = lazy(() => import('./ReviewStage').then((m) => ({ default: m.ReviewStage })));
