/**
 * Appends every item to `target`, in a loop: `target.push(...items)` passes each item as an
 * argument, and a list as long as the claims of one long line (about 120 000) overflows the
 * call stack.
 *
 * @internal
 * @param target - the array to extend
 * @param items - what to append, in order
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
