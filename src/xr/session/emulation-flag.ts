/** True when the page asks for the emulated Quest 3 (`?xr=iwer`, browser tests); never in a trainee's link. */
export function wantsEmulatedHeadset(search: string): boolean {
  return new URLSearchParams(search).get('xr') === 'iwer';
}

/** The same, for this page. */
export const EMULATED_HEADSET = typeof window !== 'undefined' && wantsEmulatedHeadset(window.location.search);
