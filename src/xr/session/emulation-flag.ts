/** True when the page asks for the emulated Quest 3 (`?xr=iwer`, browser tests); never in a trainee's link. */
export function wantsEmulatedHeadset(search: string): boolean {
  return new URLSearchParams(search).get('xr') === 'iwer';
}

/** The same, for this page. */
export const EMULATED_HEADSET = typeof window !== 'undefined' && wantsEmulatedHeadset(window.location.search);

/**
 * The same address without the emulator switch: where „Emulator beenden“ leads. Everything else
 * (scenario, language, hash route) is kept, so the trainee lands where they were, in the real browser.
 */
export function withoutEmulatedHeadset(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('xr');
  return url.href;
}
