import { lazy } from 'react';

/**
 * The conversation's DOM layers and the print page are chunks of their own, so the start menu
 * does not wait for them. The conversation view, its runtime and the debrief start loading at once (they are
 * needed a moment later); the print page only on `#/print/…`.
 */
const conversationView = import('../ui/ConversationView');
const conversationRuntime = import('../ui/ConversationRuntime');
const debrief = import('../ui/Debrief');

export const LazyConversationView = lazy(() => conversationView.then((m) => ({ default: m.ConversationView })));
export const LazyConversationRuntime = lazy(() =>
  conversationRuntime.then((m) => ({ default: m.ConversationRuntime })),
);
export const LazyDebrief = lazy(() => debrief.then((m) => ({ default: m.Debrief })));
export const LazyPrintRoute = lazy(() => import('./print/PrintRoute').then((m) => ({ default: m.PrintRoute })));
