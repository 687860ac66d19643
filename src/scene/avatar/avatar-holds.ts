/**
 * Who holds each loaded avatar (by file URL). The menu's warm-up and the customer on stage hold
 * the same parsed model, so the model is freed only one task after the last holder let go: a
 * hand-over in one React commit (the menu's warm-up giving way to the stage, or StrictMode's
 * unmount and remount in development) keeps it, and a model nobody holds any more is freed once.
 */
export interface AvatarHolds {
  hold(url: string): void;
  /** Lets go of `url`; when nobody holds it one task later, `free` runs (once). */
  release(url: string, free: () => void): void;
  holders(url: string): number;
}

export function createAvatarHolds(
  defer: (run: () => void) => void = (run) => {
    setTimeout(run, 0);
  },
): AvatarHolds {
  const counts = new Map<string, number>();
  // The latest release of each URL: an earlier deferred check that finds a newer one steps aside.
  const latest = new Map<string, number>();
  let releases = 0;
  return {
    hold(url) {
      counts.set(url, (counts.get(url) ?? 0) + 1);
    },
    release(url, free) {
      const left = (counts.get(url) ?? 0) - 1;
      if (left > 0) {
        counts.set(url, left);
        return;
      }
      counts.delete(url);
      const mine = ++releases;
      latest.set(url, mine);
      defer(() => {
        if (latest.get(url) !== mine || counts.has(url)) return;
        latest.delete(url);
        free();
      });
    },
    holders: (url) => counts.get(url) ?? 0,
  };
}
