// Pathological inputs whose size the unit tests keep small: tests/perf/pathological.test.ts
// audits each at a quarter of the size it once had (it must finish and be right), and
// `npm run bench` builds each at 1, 2 and 4 MB and prints how its time grows (bench/growth.ts),
// which is what shows a scan gone quadratic. Each took 10-28 s of a busy machine in every
// `npm test` at its former size.

/** One input: `piece` repeated, between an optional head and tail. */
export interface SlowInput {
  readonly name: string;
  readonly head?: string;
  readonly piece: string;
  readonly tail?: string;
  /** How many pieces the unit test audits. */
  readonly times: number;
}

/** The inputs, each with the number of pieces the unit test audits (a quarter of its former). */
export const SLOW_INPUTS: readonly SlowInput[] = [
  {
    name: "a line without a full stop",
    piece: "công tác dân vận được triển khai đến 12 thôn, tổ dân phố, trong đó ",
    times: 4_000,
  },
  {
    name: "a table of rows",
    head: "Năm\tSố\n",
    piece: "2020\t12 (50,5%)\n",
    tail: "Cộng\t1\n",
    times: 2_500,
  },
  { name: "small tables", piece: "A\tB\n12\t6 (50,0%)\n\n", times: 2_500 },
  { name: "one tab-separated row of shares", piece: "10\t5 (50%)\t", times: 5_800 },
  { name: "rests without end", piece: "còn 7 đơn (còn 3 đơn, ", times: 7_500 },
  { name: "changes without end", piece: "giảm từ 4 xuống còn ", times: 10_000 },
  {
    name: "totals, parts and rests",
    piece: "Xã nhận 120 đơn, giải quyết 100 đơn, còn 20 đơn. ",
    times: 5_000,
  },
  { name: "a table aligned with spaces", piece: "Xã 12 7 5 3\n", times: 5_000 },
  {
    name: "nested totals aligned with spaces",
    piece: "Tổng 2 2 2 2\nA 1 1 1 1\nB 1 1 1 1\n",
    times: 1_750,
  },
];

/**
 * Builds a slow input with `times` pieces.
 *
 * @param input - the input
 * @param times - how many pieces
 * @returns the text
 */
export function buildSlowInput(input: SlowInput, times: number): string {
  return `${input.head ?? ""}${input.piece.repeat(times)}${input.tail ?? ""}`;
}
