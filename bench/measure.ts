import { Bench } from "tinybench";

/** Time of one call, in milliseconds (mean and median), and how many calls were timed. */
export interface Timing {
  readonly ms: number;
  readonly median: number;
  readonly runs: number;
}

/**
 * Times a function with tinybench: `iterations` calls at least, for `time` ms at least, after a
 * warm-up so the JIT has compiled the hot paths.
 *
 * @param name - task name (for tinybench's report)
 * @param fn - the work
 * @param options - least time and least calls
 * @returns the mean latency
 */
export async function time(
  name: string,
  fn: () => unknown,
  options: { time?: number; iterations?: number; warmup?: number } = {},
): Promise<Timing> {
  const bench = new Bench({
    time: options.time ?? 1000,
    iterations: options.iterations ?? 10,
    warmupIterations: options.warmup ?? 3,
    warmupTime: 0,
    throws: true,
  });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (!result || !("latency" in result)) throw new Error(`${name}: no timing`);
  return {
    ms: result.latency.mean,
    median: result.latency.p50,
    runs: result.latency.samplesCount,
  };
}

/** Megabytes (10⁶ bytes) per second for `bytes` in `ms`. */
export const mbPerSecond = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

/** A number with a fixed count of significant figures, for tables. */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 10 ** digits) return Math.round(value).toLocaleString("en-US");
  return value.toPrecision(digits);
}

/** A plain-text table with aligned columns. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, j) => (j === 0 ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0)))
      .join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
