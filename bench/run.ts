// `npm run bench`: builds, then measures the auditor on synthetic reports (bench/generate.ts).
// BENCH_SECTIONS=throughput,scaling,heap,calculators,growth,cli,corpus,bombs,big picks sections
// (default: all); BENCH_CORPUS sets the number of 60 KB files for the CLI batch (default 1000);
// BENCH_GROWTH=word,word picks the growth cases whose name holds a word; BENCH_BIG_MB sets the
// size of the one report the CLI audits in the big section (default 50).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bombs } from "./bombs.js";
import { calculatorCases } from "./calculators.js";
import { generateCorpus, generateReport } from "./generate.js";
import { growth } from "./growth.js";
import { auditText } from "./library.js";
import { fmt, mbPerSecond, median, table, time } from "./measure.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const WORK = join(tmpdir(), `baocao-bench-${process.pid}`);
const sections = new Set(
  (
    process.env.BENCH_SECTIONS ?? "throughput,scaling,heap,calculators,growth,cli,corpus,bombs,big"
  ).split(","),
);

/** The floor: one pass of one simple regular expression over the text, counting matches. */
function regexFloor(text: string): number {
  const digits = /\d+/g;
  let n = 0;
  while (digits.exec(text) !== null) n++;
  return n;
}

async function throughput(): Promise<void> {
  console.log("\n## auditText throughput (one core)\n");
  const reports = generateCorpus(20, 60_000, 1).map((r) => r.text);
  const bytes = reports.reduce((n, t) => n + Buffer.byteLength(t), 0) / reports.length;
  let i = 0;
  const small = await time("auditText 60 KB", () => auditText(reports[i++ % reports.length] ?? ""));
  let j = 0;
  const smallFloor = await time("regex 60 KB", () =>
    regexFloor(reports[j++ % reports.length] ?? ""),
  );
  const big = generateReport({ seed: 100, bytes: 10_000_000 });
  const bigRun = await time("auditText 10 MB", () => auditText(big.text), {
    time: 0,
    iterations: 3,
    warmup: 1,
  });
  const bigFloor = await time("regex 10 MB", () => regexFloor(big.text), { iterations: 20 });
  console.log(
    table(
      ["text", "size", "auditText ms", "MB/s", "regex ms", "× regex floor"],
      [
        [
          "20 reports, mean",
          `${fmt(bytes / 1000)} KB`,
          fmt(small.ms),
          fmt(mbPerSecond(bytes, small.ms)),
          fmt(smallFloor.ms),
          fmt(small.ms / smallFloor.ms),
        ],
        [
          "one text",
          `${fmt(big.bytes / 1e6)} MB`,
          fmt(bigRun.ms),
          fmt(mbPerSecond(big.bytes, bigRun.ms)),
          fmt(bigFloor.ms),
          fmt(bigRun.ms / bigFloor.ms),
        ],
      ],
    ),
  );
  console.log(`\nfloor: /\\d+/g over the same text, one pass, counting matches`);
}

interface ChildFigures {
  readonly bytes: number;
  readonly baseRss: number;
  readonly peakRss: number;
  readonly retained: number;
  readonly firstMs: number;
  readonly secondMs: number;
  readonly claims: number;
}

function child(file: string): ChildFigures {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", join(ROOT, "bench", "memory-child.mjs"), file],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`memory child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildFigures;
}

function scaling(): void {
  console.log("\n## Time and memory by size (fresh process per size, built library)\n");
  const rows: string[][] = [];
  for (const mb of [1, 2, 4, 8, 10]) {
    const report = generateReport({ seed: 200 + mb, bytes: mb * 1_000_000 });
    const file = join(WORK, `scale-${mb}.txt`);
    writeFileSync(file, report.text);
    const f = child(file);
    const extra = f.peakRss - f.baseRss;
    rows.push([
      `${mb} MB`,
      fmt(f.firstMs),
      fmt(f.secondMs),
      fmt(f.secondMs / mb),
      fmt(mbPerSecond(f.bytes, f.secondMs)),
      fmt(extra / 1e6),
      fmt(extra / f.bytes),
      fmt(f.retained / 1e6),
      String(f.claims),
    ]);
  }
  console.log(
    table(
      [
        "size",
        "1st ms",
        "2nd ms",
        "ms/MB",
        "MB/s",
        "peak − base MB",
        "× input",
        "retained MB",
        "claims",
      ],
      rows,
    ),
  );
  console.log(
    "\npeak − base: maxRSS after the audit less RSS before it (after a warm-up and a GC);" +
      "\nretained: RSS still held with the result alive, after a GC.",
  );
}

function completes(file: string, heapMb: number): boolean {
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, join(ROOT, "bench", "memory-child.mjs"), file, "once"],
    { stdio: "ignore" },
  );
  return run.status === 0;
}

function heapNeeded(): void {
  console.log("\n## Live heap an audit of 10 MB needs\n");
  const report = generateReport({ seed: 210, bytes: 10_000_000 });
  const file = join(WORK, "heap-10.txt");
  writeFileSync(file, report.text);
  // The smallest old-generation limit with which the audit completes, to 4 MB: the memory the
  // audit really holds at its peak (maxRSS also counts garbage not yet collected).
  let lo = 16;
  let hi = 528;
  while (hi - lo > 4) {
    const mid = Math.round((lo + hi) / 2);
    if (completes(file, mid)) hi = mid;
    else lo = mid;
  }
  console.log(
    `--max-old-space-size needed: ${hi} MB (fails at ${lo} MB), ${fmt(hi / (report.bytes / 1e6))}× the input`,
  );
}

async function calculators(): Promise<void> {
  console.log("\n## Calculators (operations per second, one core)\n");
  const rows: string[][] = [];
  for (const [name, fn] of calculatorCases()) {
    // ops/s from the mean (garbage collection included, as in an audit); the median alongside.
    const t = await time(name, fn, { time: 1000, iterations: 200, warmup: 500 });
    rows.push([name, fmt(1000 / t.ms), fmt(t.ms * 1000), fmt(t.median * 1000)]);
  }
  console.log(table(["calculator", "ops/s", "µs/op (mean)", "µs/op (median)"], rows));
}

function spawnMs(args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    times.push(performance.now() - t0);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")}: ${run.status}`);
  }
  return median(times);
}

function cliStartup(): void {
  console.log("\n## CLI start-up (median of 15 spawns)\n");
  const bare = spawnMs(["-e", "0"], 15);
  const version = spawnMs([CLI, "--version"], 15);
  const sample = spawnMs([CLI, "audit", "examples/sample-report.txt", "--fail-on", "never"], 15);
  console.log(
    table(
      ["command", "ms"],
      [
        ["node -e 0 (Node itself)", fmt(bare)],
        ["node dist/cli.js --version", fmt(version)],
        ["node dist/cli.js audit examples/sample-report.txt", fmt(sample)],
      ],
    ),
  );
}

function spawnTimed(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    proc.stderr.on("data", (d) => {
      err += String(d);
    });
    proc.on("close", (code) =>
      code === 0 || code === 1 ? resolve(performance.now() - t0) : reject(new Error(err)),
    );
  });
}

async function corpus(): Promise<void> {
  const n = Number(process.env.BENCH_CORPUS ?? 1000);
  console.log(`\n## CLI on ${n} reports of 60 KB (${availableParallelism()} cores)\n`);
  const dir = join(WORK, "corpus");
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  generateCorpus(n, 60_000, 1000).forEach((r, i) => {
    writeFileSync(join(dir, `bc-${String(i).padStart(4, "0")}.txt`), r.text);
    bytes += r.bytes;
  });
  const out = join(WORK, "corpus.json");
  const rows: string[][] = [];
  // Default: one worker thread per core. --jobs 1: one thread, as the CLI ran before the pool.
  for (const jobs of [[], ["--jobs", "1"]]) {
    const args = [CLI, "audit", dir, "--format", "json", "--out", out, "--fail-on", "never"];
    const ms = await spawnTimed([...args, ...jobs]);
    rows.push([
      `node dist/cli.js audit <dir> --format json ${jobs.join(" ")}`.trim(),
      fmt(ms / 1000),
      fmt(mbPerSecond(bytes, ms)),
    ]);
  }
  console.log(table(["run", "s", "MB/s"], rows));
  console.log(`\n${fmt(bytes / 1e6)} MB in all`);
}

/**
 * One long report through the built CLI, in a fresh process: time and peak RSS (the worker
 * threads included), against the goal of issue 18 (under 10× the text for 50 MB).
 */
function big(): void {
  const mb = Number(process.env.BENCH_BIG_MB ?? 50);
  console.log(`\n## The CLI on one report of ${mb} MB (built CLI, fresh process)\n`);
  const report = generateReport({ seed: 500, bytes: mb * 1_000_000 });
  const file = join(WORK, "big.txt");
  writeFileSync(file, report.text);
  const rows: string[][] = [];
  for (const format of ["text", "json"]) {
    const rss = join(WORK, `big-${format}.rss`);
    const out = join(WORK, `big.${format}`);
    const t0 = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        join(ROOT, "bench", "rss-at-exit.mjs"),
        CLI,
        "audit",
        file,
        "--format",
        format,
        "--out",
        out,
        "--fail-on",
        "never",
      ],
      { encoding: "utf8", env: { ...process.env, BENCH_RSS_FILE: rss } },
    );
    if (run.status !== 0) throw new Error(`the CLI failed on ${mb} MB: ${run.stderr}`);
    const peak = Number(readFileSync(rss, "utf8"));
    rows.push([
      `--format ${format} --out <file>`,
      fmt((performance.now() - t0) / 1000),
      fmt(peak / 1e6),
      fmt(peak / report.bytes),
    ]);
  }
  console.log(table(["output", "s", "peak RSS MB", "× text"], rows));
  console.log(
    `\n${fmt(report.bytes / 1e6)} MB of UTF-8, ${fmt(report.text.length / 1e6)} M characters`,
  );
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `# baocao benchmark\n\nNode ${process.version}, ${availableParallelism()} × ${cpu}, ${new Date().toISOString().slice(0, 10)}`,
  );
  try {
    if (sections.has("throughput")) await throughput();
    if (sections.has("scaling")) scaling();
    if (sections.has("heap")) heapNeeded();
    if (sections.has("calculators")) await calculators();
    if (sections.has("growth")) growth();
    if (sections.has("cli")) cliStartup();
    if (sections.has("corpus")) await corpus();
    if (sections.has("bombs")) bombs(WORK);
    if (sections.has("big")) big();
  } finally {
    rmSync(WORK, { recursive: true, force: true });
  }
}

await main();
