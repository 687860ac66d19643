import { beforeEach, describe, expect, it } from 'vitest';
import {
  customerPrepared,
  expectCustomer,
  linkStarted,
  upcomingCustomerStore,
} from '../../../src/state/upcoming-customer';

describe('the upcoming customer', () => {
  beforeEach(() => upcomingCustomerStore.setState({ avatarUrl: null, prepared: null, linkPending: false }));

  it('follows the menu’s selection', () => {
    expectCustomer('/avatars/angry.vrm');
    expectCustomer('/avatars/elderly.vrm');
    expect(upcomingCustomerStore.getState().avatarUrl).toBe('/avatars/elderly.vrm');
  });

  it('keeps a starting link’s customer against the menu shown meanwhile, until the link has started', () => {
    expectCustomer('/avatars/furious.vrm', 'link');
    expectCustomer('/avatars/angry.vrm');
    expect(upcomingCustomerStore.getState().avatarUrl).toBe('/avatars/furious.vrm');
    linkStarted();
    expectCustomer('/avatars/angry.vrm');
    expect(upcomingCustomerStore.getState().avatarUrl).toBe('/avatars/angry.vrm');
  });

  it('forgets a prepared avatar only when that one is let go', () => {
    customerPrepared('/avatars/angry.vrm', true);
    customerPrepared('/avatars/elderly.vrm', false);
    expect(upcomingCustomerStore.getState().prepared).toBe('/avatars/angry.vrm');
    customerPrepared('/avatars/angry.vrm', false);
    expect(upcomingCustomerStore.getState().prepared).toBeNull();
  });
});
