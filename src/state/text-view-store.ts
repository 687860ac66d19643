import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * Whether the trainee has opened „Textansicht“, the DOM text view of the conversation. The 3D
 * subtitle and answers step aside while it is open (src/scene/panels/ConversationPanels.tsx):
 * the text view shows the same line and answers, and each answer shown twice, once in each
 * place, only confused trainees about which one to pick.
 */
export const textViewStore = createStore<{ open: boolean }>()(() => ({ open: false }));

export const setTextView = (open: boolean) => textViewStore.setState({ open });

export function useTextView(): boolean {
  return useStore(textViewStore, (s) => s.open);
}
