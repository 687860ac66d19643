import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export interface UpcomingCustomerState {
  /** The avatar file of the scenario the start menu has had selected for a moment, or null. */
  avatarUrl: string | null;
  /** The avatar the scene holds parsed with its shaders compiled, ready for the first frame; null while none is. */
  prepared: string | null;
  /** A link (`?scenario=`) is starting its scenario: the menu shown meanwhile names no customer of its own. */
  linkPending: boolean;
}

/**
 * The customer the trainee is likely to start with: the start menu names it once a scenario has
 * stayed selected, and the scene prepares that avatar (parsed, shaders compiled) while the menu
 * is read, so „Gespräch beginnen“ finds it ready (src/scene/avatar/CustomerWarmup.tsx).
 */
export const upcomingCustomerStore = createStore<UpcomingCustomerState>()(() => ({
  avatarUrl: null,
  prepared: null,
  linkPending: false,
}));

/**
 * Names the customer to prepare: the menu's selection, or a link's scenario while it starts (the
 * menu, shown until the scene's code is in, then names none, so no other avatar competes for the
 * main thread with the one the link starts).
 */
export function expectCustomer(avatarUrl: string, from: 'menu' | 'link' = 'menu'): void {
  if (from === 'menu' && upcomingCustomerStore.getState().linkPending) return;
  upcomingCustomerStore.setState({ avatarUrl, linkPending: from === 'link' });
}

/** The link's scenario has started (or could not): the menu names its selection again afterwards. */
export function linkStarted(): void {
  upcomingCustomerStore.setState({ linkPending: false });
}

export function useUpcomingAvatar(): string | null {
  return useStore(upcomingCustomerStore, (s) => s.avatarUrl);
}

/** The scene reports the avatar it has prepared (or, with null, that it let `url` go). */
export function customerPrepared(url: string, ready: boolean): void {
  const { prepared } = upcomingCustomerStore.getState();
  if (ready) upcomingCustomerStore.setState({ prepared: url });
  else if (prepared === url) upcomingCustomerStore.setState({ prepared: null });
}
