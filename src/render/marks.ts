import { upperBound } from "../core/search.js";
import { escapeText } from "./html.js";
import type { TextRange } from "./layout.js";

/**
 * Something to wrap in an element: a claim's mark or a figure's span. Items may nest or cross;
 * crossing items are split into fragments (the first fragment carries the id and the focus).
 */
export interface MarkItem {
  readonly start: number;
  readonly end: number;
  /** Lower goes outside when two items start together and end together. */
  readonly rank: number;
  /** Opening tag of the first fragment (`first`) or of a continuation. */
  readonly open: (first: boolean) => string;
  readonly close: string;
}

interface Placed {
  readonly item: MarkItem;
  readonly start: number;
  readonly end: number;
  /** Index of the range the item is drawn in when it is a point (empty or falls between ranges). */
  readonly pointIn: number | undefined;
}

const outerFirst = (a: Placed, b: Placed): number =>
  a.start - b.start || b.end - a.end || a.item.rank - b.item.rank;

/**
 * Places items on ranges: an item that overlaps no range (empty, or standing on a tab or a line
 * break that the layout turned into a border) becomes a point at the next range, so it is drawn.
 */
function place(items: readonly MarkItem[], ranges: readonly TextRange[], length: number): Placed[] {
  return items.map((item) => {
    const start = Math.max(0, Math.min(item.start, length));
    const end = Math.max(start, Math.min(item.end, length));
    const overlaps = firstOverlap(ranges, start, end);
    if (end > start && overlaps !== undefined) return { item, start, end, pointIn: undefined };
    let index = ranges.findIndex((r) => r.to > start || (r.from >= start && r.to === r.from));
    if (index === -1) index = ranges.length - 1;
    const range = ranges[index];
    const at = range ? Math.max(range.from, Math.min(start, range.to)) : start;
    return { item, start: at, end: at, pointIn: index };
  });
}

/** Index of the first range overlapping `[start, end)`, by binary search over sorted ranges. */
function firstOverlap(
  ranges: readonly TextRange[],
  start: number,
  end: number,
): number | undefined {
  const lo = upperBound(ranges, start, (r) => r.to);
  const range = ranges[lo];
  return range && range.from < end && range.to > start ? lo : undefined;
}

/**
 * Draws marked text: for each range, the escaped text with every item wrapped where it stands,
 * nested when items nest and split when they cross or run over a range's edge.
 */
export interface MarkedText {
  /** The HTML of one range (call in text order: the first call that opens an item opens it first). */
  readonly range: (index: number) => string;
}

/**
 * Prepares the drawing of items over the ranges of a text.
 *
 * @param text - the whole text
 * @param ranges - the laid-out ranges, sorted and disjoint
 * @param items - the items to draw
 * @returns a drawer of each range
 */
export function markText(
  text: string,
  ranges: readonly TextRange[],
  items: readonly MarkItem[],
): MarkedText {
  const placed = place(items, ranges, text.length).sort(outerFirst);
  const spans = placed.filter((p) => p.pointIn === undefined);
  const points = new Map<number, Placed[]>();
  for (const p of placed) {
    if (p.pointIn === undefined) continue;
    const here = points.get(p.pointIn);
    if (here) here.push(p);
    else points.set(p.pointIn, [p]);
  }
  const opened = new Set<MarkItem>();
  const openTag = (p: Placed): string => {
    const first = !opened.has(p.item);
    opened.add(p.item);
    return p.item.open(first);
  };
  // Spans sorted by start: a range only looks at those that can reach it.
  let firstLive = 0;
  return {
    range(index) {
      const range = ranges[index];
      if (!range) return "";
      const { from, to } = range;
      while (firstLive < spans.length && (spans[firstLive] as Placed).end <= from) {
        // Items ending before this range can never matter again; starts are sorted, so only skip
        // a leading run (later items with earlier ends are filtered below).
        firstLive += 1;
      }
      const live: Placed[] = [];
      for (let i = firstLive; i < spans.length; i += 1) {
        const p = spans[i] as Placed;
        if (p.start >= to) break;
        if (p.end > from) live.push(p);
      }
      return drawRange(text, from, to, live, points.get(index) ?? [], openTag);
    },
  };
}

function drawRange(
  text: string,
  from: number,
  to: number,
  spans: readonly Placed[],
  points: readonly Placed[],
  openTag: (p: Placed) => string,
): string {
  const clipEnd = (p: Placed) => Math.min(p.end, to);
  const clipStart = (p: Placed) => Math.max(p.start, from);
  // Within the range, what ends later goes outside, so items carried over from the last range nest.
  const live = [...spans].sort(
    (a, b) => clipStart(a) - clipStart(b) || clipEnd(b) - clipEnd(a) || a.item.rank - b.item.rank,
  );
  const stops = new Set<number>([from, to]);
  for (const p of live) {
    stops.add(clipStart(p));
    stops.add(clipEnd(p));
  }
  for (const p of points) stops.add(p.start);
  const positions = [...stops].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Placed[] = [];
  let next = 0;
  for (let k = 0; k < positions.length; k += 1) {
    const at = positions[k] as number;
    closeAt(at, stack, out, clipEnd, openTag);
    for (const p of points) if (p.start === at) out.push(openTag(p), p.item.close);
    while (next < live.length && clipStart(live[next] as Placed) === at) {
      const p = live[next] as Placed;
      out.push(openTag(p));
      stack.push(p);
      next += 1;
    }
    const until = positions[k + 1];
    if (until !== undefined) out.push(escapeText(text.slice(at, until), true));
  }
  for (let i = stack.length - 1; i >= 0; i -= 1) out.push((stack[i] as Placed).item.close);
  return out.join("");
}

/** Closes the items ending at `at`; items opened inside them that go on are reopened. */
function closeAt(
  at: number,
  stack: Placed[],
  out: string[],
  clipEnd: (p: Placed) => number,
  openTag: (p: Placed) => string,
): void {
  const lowest = stack.findIndex((p) => clipEnd(p) === at);
  if (lowest === -1) return;
  const popped = stack.splice(lowest);
  for (let i = popped.length - 1; i >= 0; i -= 1) out.push((popped[i] as Placed).item.close);
  for (const p of popped) {
    if (clipEnd(p) === at) continue;
    out.push(openTag(p));
    stack.push(p);
  }
}
