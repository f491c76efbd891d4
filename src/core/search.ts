/**
 * Binary searches over items sorted by a numeric key (internal: offsets of tokens, sentences,
 * periods, lines). Each takes O(log n), so a scan that looks things up stays linear.
 */

/**
 * Index of the first item whose key is at least `at` (`items.length` when there is none).
 *
 * @param items - items sorted by `key`, ascending
 * @param at - the value looked for
 * @param key - an item's key
 * @returns the index
 */
export function lowerBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first item whose key is greater than `at` (`items.length` when there is none);
 * the item before it is the last one at or before `at`.
 *
 * @param items - items sorted by `key`, ascending
 * @param at - the value looked for
 * @param key - an item's key
 * @returns the index
 */
export function upperBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
