/**
 * The index of the last of the first `count` items whose key is at or before `value`, or −1.
 * The items must be sorted by key, ascending (session times never go backwards). A binary search:
 * ≈ 16 steps for 30 minutes of pose samples, so the per-frame callers (the replay's playhead,
 * its pose) may use it; it allocates nothing as long as `key` is not a fresh closure per call.
 */
export function lastAtOrBefore<T>(
  items: ArrayLike<T>,
  value: number,
  key: (item: T) => number,
  count = items.length,
): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
