// Inputs that once took time quadratic in their size (or overflowed the stack), each built at
// 1, 2 and 4 MB: the bench prints the time at each size and how it grows. Linear work grows 4×
// from 1 to 4 MB ("× linear" 1.0); the goal is at most 1.3. Each size runs in a fresh process
// (bench/growth-child.ts): in one long process the garbage left by earlier cases skews later ones.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildSlowInput, SLOW_INPUTS } from "../tests/perf/slow-inputs.js";
import {
  auditReport,
  auditText,
  checkTotal,
  checkUnitClaims,
  checkUnitsAgainstRegistry,
  findAdministrativeUnits,
  formatNumber,
  safeLoadUnits,
} from "./library.js";
import { fmt, median, table } from "./measure.js";

/** One slow input: how to build it at a size, and what to run on it. */
interface GrowthCase {
  readonly name: string;
  /** What the input once did ("55 s at 128 KB"), from the issue or the commit that fixed it. */
  readonly before: string;
  readonly make: (bytes: number) => unknown;
  readonly run: (input: never) => unknown;
}

/** `piece` repeated to `bytes` bytes of UTF-8 (one more piece at most). */
const fill = (piece: string, bytes: number): string =>
  piece.repeat(Math.ceil(bytes / Buffer.byteLength(piece)));

const digits = (bytes: number): string => `1${"7".repeat(bytes - 1)}`;

/** A structured report of one claim, a table total whose parts fill `bytes` of JSON. */
function tableReport(bytes: number): unknown {
  const cell = (id: string, value: string) => ({
    id,
    text: value,
    value,
    decimals: 0,
    percent: false,
  });
  const parts = Array.from({ length: Math.ceil(bytes / 70) }, (_, i) => cell(`p${i}`, "1"));
  return {
    version: 1,
    metadata: {},
    indicators: [cell("t", String(parts.length + 1)), ...parts],
    claims: [
      {
        id: "c1",
        kind: "table",
        relation: {
          kind: "table-total",
          total: "t",
          parts: parts.map((p) => ({ count: p.id })),
          column: 0,
          label: "Số vụ",
          rowLabels: [],
        },
      },
    ],
  };
}

/** A units dataset as JSON text: versions of one commune code, one day each, apart. */
function unitVersions(bytes: number): string {
  const n = Math.ceil(bytes / 120);
  const day = (i: number) => new Date(Date.UTC(1000, 0, 1 + 2 * i)).toISOString().slice(0, 10);
  return JSON.stringify(
    Array.from({ length: n }, (_, i) => ({
      code: "07225",
      name: "Đức Bác",
      type: "xã",
      level: "commune",
      validFrom: day(i),
      validTo: day(i),
    })),
  );
}

export const CASES: readonly GrowthCase[] = [
  {
    name: "digits → formatNumber",
    before: "linear (a loop of its own)",
    make: digits,
    run: (d: string) => formatNumber(d),
  },
  {
    name: "digits → checkTotal's message",
    before: "quadratic grouping regex: 4.4 s at 64 KB",
    make: digits,
    run: (d: string) => checkTotal({ total: d, parts: ["1"], exhaustive: true }),
  },
  {
    name: "a claim with a numeral that long → auditText",
    before: "55 s at 128 KB, ~1 h at 1 MB (issue 18)",
    make: (bytes) => `Xã đã giải quyết ${digits(bytes / 2)}/${digits(bytes / 2)} đơn (đạt 99%).`,
    run: (text: string) => auditText(text),
  },
  {
    name: "an indicator value that long → auditReport",
    before: "as auditText (issue 18)",
    make: (bytes) => {
      const d = digits(bytes);
      const v = (id: string, value: string) => ({
        id,
        text: value,
        value,
        decimals: 0,
        percent: false,
      });
      return {
        version: 1,
        metadata: {},
        indicators: [v("t", d), v("a", "1")],
        claims: [
          {
            id: "c1",
            kind: "breakdown",
            relation: {
              kind: "breakdown",
              root: {
                figure: "t",
                label: "t",
                list: "all",
                children: [{ figure: "a", label: "a" }],
              },
            },
          },
        ],
      };
    },
    run: (report: unknown) => auditReport(report),
  },
  {
    name: "a table total of many parts → auditReport",
    before: "RangeError from ~125 000 parts",
    make: tableReport,
    run: (report: unknown) => auditReport(report),
  },
  {
    name: "one line of ranks → checkUnitClaims (dated)",
    before: "2.6 s at 50 KB, 11.6 s at 100 KB",
    make: (bytes) => fill("xếp thứ 2/5 huyện, ", bytes),
    run: (text: string) => checkUnitClaims(text, { reportDate: "2025-08-01" }),
  },
  {
    name: "one line of coverage claims → checkUnitClaims",
    before: "RangeError at 4 MB",
    make: (bytes) => fill("Đã phủ 15/14 xã; ", bytes),
    run: (text: string) => checkUnitClaims(text),
  },
  {
    name: "unit mentions → checkUnitsAgainstRegistry (after 1/7/2025)",
    before: "7.7 s at 200 KB (slope 2.1)",
    make: (bytes) => fill("Xã Đức Bác, huyện Sông Lô có 15 xã, thị trấn. ", bytes),
    run: (text: string) => checkUnitsAgainstRegistry(text, { reportDate: "2025-08-01" }),
  },
  {
    name: "unit words → findAdministrativeUnits",
    before: "linear; a timed unit test (3 s for 360 KB) failed on a busy machine",
    make: (bytes) => fill("xã Xã Xã ", bytes),
    run: (text: string) => findAdministrativeUnits(text),
  },
  {
    // One document cited again and again under two dates: each citation is a claim, every other
    // one a REF_DATES_DIFFER finding (the report-wide check that a section-by-section audit
    // must keep).
    name: "dated citations, one document, two dates → auditText",
    before: "55 s at 2.9 MB, slope 2.3 (issue 18); ~4 s/MB after the first fix",
    make: (bytes) =>
      fill(
        "Theo Kế hoạch số 12/KH-UBND ngày 5/3/2019 và Kế hoạch số 12/KH-UBND ngày 6/4/2020. ",
        bytes,
      ),
    run: (text: string) => auditText(text),
  },
  {
    name: "'tiếp nhận 12 đơn trong đó 3 đơn' → auditText",
    before: "8.5 s at 1 MB (issue 18); 3.7 s/MB later",
    make: (bytes) => fill("tiếp nhận 12 đơn trong đó 3 đơn ", bytes),
    run: (text: string) => auditText(text),
  },
  {
    // Every line starts with a small letter after a line with no closing mark: one paragraph
    // of wrapped lines, whose sentences were split again at each line.
    name: "'tiếp nhận 12 đơn trong đó 3 đơn' on lines of their own → auditText",
    before: "13.7 s of CPU at 1 MB, 4.5 s at 0.5 MB (quadratic)",
    make: (bytes) => fill("tiếp nhận 12 đơn trong đó 3 đơn\n", bytes),
    run: (text: string) => auditText(text),
  },
  // The pathological inputs the unit tests audit at a quarter of their former size.
  ...SLOW_INPUTS.map(
    (input): GrowthCase => ({
      name: `pathological: ${input.name} → auditText`,
      before: `unit test: ${input.times} pieces (${4 * input.times} before)`,
      make: (bytes) => buildSlowInput(input, Math.ceil(bytes / Buffer.byteLength(input.piece))),
      run: (text: string) => auditText(text),
    }),
  ),
  {
    name: "versions of one code → safeLoadUnits",
    before: "106 s for 20 000 records (2.4 MB)",
    make: unitVersions,
    run: (json: string) => safeLoadUnits(json),
  },
];

/**
 * Times one case at one size in this process: a warm-up on 50 KB (compiles the hot paths, loads
 * lazy tables), then the median of three calls, or one when a call takes over 3 s. The time is
 * the process's CPU time (user and system) over the call, not the clock's: on a machine shared
 * with other work the clock counts the time others ran too (3-5× the CPU time under a load of 10
 * on 2 cores), the CPU time hardly moves.
 *
 * @param name - the case's name
 * @param bytes - the input's size
 * @returns milliseconds of CPU
 */
export function timeCase(name: string, bytes: number): number {
  const c = CASES.find((k) => k.name === name);
  if (c === undefined) throw new Error(`no growth case "${name}"`);
  const run = c.run as (input: unknown) => unknown;
  run(c.make(50_000));
  const input = c.make(bytes);
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    globalThis.gc?.();
    const t0 = process.cpuUsage();
    run(input);
    const used = process.cpuUsage(t0);
    times.push((used.user + used.system) / 1000);
    if (times[0] !== undefined && times[0] > 3000) break;
  }
  return median(times);
}

const CHILD = fileURLToPath(new URL("./growth-child.ts", import.meta.url));

function timeInChild(name: string, bytes: number): number {
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", CHILD, name, String(bytes)],
    { encoding: "utf8", env: process.env },
  );
  if (child.status !== 0) throw new Error(`growth child failed on ${name}: ${child.stderr}`);
  return Number(child.stdout.trim());
}

/**
 * Prints the growth table: every case at 1, 2 and 4 MB, or the cases whose name holds one of
 * the comma-separated words of BENCH_GROWTH ("citations,tiếp nhận").
 */
export function growth(): void {
  console.log("\n## Growth on inputs that were quadratic (1, 2, 4 MB; ms of CPU, fresh process)\n");
  const words = (process.env.BENCH_GROWTH ?? "").split(",").filter((w) => w !== "");
  const picked = CASES.filter((c) => words.length === 0 || words.some((w) => c.name.includes(w)));
  const rows: string[][] = [];
  for (const c of picked) {
    const ms = [1, 2, 4].map((mb) => timeInChild(c.name, mb * 1_000_000));
    const [one = 0, , four = 0] = ms;
    rows.push([c.name, ...ms.map((t) => fmt(t)), fmt(four / 4), fmt(four / (4 * one)), c.before]);
  }
  console.log(
    table(["input", "1 MB ms", "2 MB ms", "4 MB ms", "ms/MB at 4", "× linear 1→4", "before"], rows),
  );
  console.log(
    "\n× linear: the 4 MB time over 4 × the 1 MB time (1.0 is linear; the goal is ≤ 1.3)." +
      "\nbefore: as measured when the input was found slow (see CHANGELOG and docs/performance.md).",
  );
}
