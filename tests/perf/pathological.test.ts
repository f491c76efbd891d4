import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";
import { buildSlowInput, SLOW_INPUTS } from "./slow-inputs.js";

// Inputs built to make a badly written pattern backtrack or a scan go quadratic. Each must simply
// finish: no timing is asserted (machines differ), only a generous timeout, which a
// catastrophic pattern overruns by hours.
const TIMEOUT = 120_000;
const repeat = (piece: string, times: number): string => piece.repeat(times);

const CASES: readonly (readonly [string, () => string])[] = [
  ["100 000 digits", () => repeat("7", 100_000)],
  ["100 000 digits and dots", () => repeat("1.", 100_000)],
  ["digits, dots and commas", () => repeat("12.345,6", 20_000)],
  ["100 000 '('", () => repeat("(", 100_000)],
  ["nested brackets around a count", () => `${repeat("(", 20_000)}12 hộ${repeat(")", 20_000)}`],
  [
    "a line of 4 000 figures, each before 'trong đó'",
    () => repeat("toàn xã có 12 hộ, trong đó ", 4_000),
  ],
  ["long runs of 'trong đó'", () => `Tổng 900 đơn ${repeat("trong đó ", 50_000)}cấp xã 300 đơn.`],
  ["a breakdown with 20 000 parts", () => `Có 1 đơn, gồm: ${repeat("cấp xã 1 đơn, ", 20_000)}.`],
  ["many tabs", () => repeat("\t", 200_000)],
  ["a row of 50 000 cells", () => `${repeat("1\t", 50_000)}\nCộng\t1\n`],
  ["100 000 percent signs", () => repeat("%", 100_000)],
  ["fractions without end", () => repeat("1/", 100_000)],
  ["dates without end", () => repeat("ngày 1 tháng ", 50_000)],
  ["periods without end", () => repeat("từ năm 2019 đến ", 40_000)],
  ["references without end", () => repeat("Quyết định số 1-", 40_000)],
  ["slashes and codes", () => repeat("12/QĐ-UBND-", 50_000)],
  ["ranks without end", () => repeat("xếp thứ 1/", 50_000)],
  ["unit types without end", () => `Có 12 ${repeat("xã, ", 50_000)}`],
  ["resolution keywords without figures", () => repeat("đã giải quyết còn tồn ", 40_000)],
  [
    "averages without end",
    () => repeat("cho 5 hộ vay 10 triệu đồng, bình quân 2 triệu đồng/hộ, ", 20_000),
  ],
  [
    "a row of 50 000 cells aligned with spaces",
    () => `Dòng ${repeat("7 ", 50_000)}\nA ${repeat("3 ", 50_000)}\nB ${repeat("4 ", 50_000)}`,
  ],
  [
    "20 000 citations with deviations",
    () => repeat("Theo Quyết định số 12 /QĐ-UBND ngày 5/3/2019. ", 20_000),
  ],
  ["combining marks (NFD) only", () => repeat("\u0301", 100_000)],
  ["NFD words", () => repeat("Hoà giải thành 12 vụ việc. ".normalize("NFD"), 20_000)],
  ["no-break spaces between digits", () => repeat("1\u00a0000 ", 50_000)],
  ["one line per character", () => repeat("1\n", 100_000)],
  ["footnote marks", () => repeat("45 mô hình¹ ", 30_000)],
  ["spaces only", () => repeat(" ", 1_000_000)],
  ["sum words without end", () => repeat("tiếp nhận 12 hồ sơ, tồn 3, lũy kế 15 hồ sơ, ", 30_000)],
  [
    "fractions of one whole without end",
    () => repeat("đất đai 3/40 lượt, lĩnh vực khác 3/40 lượt, ", 30_000),
  ],
  ["sentences opening with a marker", () => repeat("Có 12 hộ nghèo. Trong đó, 5 hộ; ", 30_000)],
  [
    "lines after a lone marker",
    () => `Có 9 hộ, 4 người. Cụ thể:\n${repeat("+ Thôn A: 1 hộ, 2 người\n", 20_000)}`,
  ],
  ["pairs of counts without end", () => repeat("12 vụ/13 bị can; trong đó ", 30_000)],
  // Each line wraps onto the one before (no closing mark, a small letter next): one paragraph,
  // whose sentences were split again at every line (quadratic; 13.7 s of CPU for 1 MB).
  ["a paragraph of 8 000 wrapped lines", () => repeat("tiếp nhận 12 đơn trong đó 3 đơn\n", 8_000)],
];

// The slowest inputs at a quarter of their former size: `npm run bench` measures their growth.
const SMALLER: readonly (readonly [string, () => string])[] = SLOW_INPUTS.map((input) => [
  `${input.name}, ${input.times} times`,
  () => buildSlowInput(input, input.times),
]);

describe("auditText on pathological input", () => {
  for (const [name, make] of [...CASES, ...SMALLER]) {
    it(
      `finishes: ${name}`,
      () => {
        const text = make();
        const result = auditText(text);
        expect(result.stats.characters).toBe(text.length);
        for (const finding of result.findings) {
          if (finding.span) expect(finding.span.end).toBeLessThanOrEqual(text.length);
        }
      },
      TIMEOUT,
    );
  }
});
