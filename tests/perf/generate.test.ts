import { describe, expect, it } from "vitest";
import { generateReport, PLANTED_KINDS } from "../../bench/generate.js";
import { auditText } from "../../src/index.js";

describe("the benchmark's report generator", () => {
  it("writes the same text for the same seed, another for another seed", () => {
    const a = generateReport({ seed: 7, bytes: 20_000 });
    expect(generateReport({ seed: 7, bytes: 20_000 }).text).toBe(a.text);
    expect(generateReport({ seed: 8, bytes: 20_000 }).text).not.toBe(a.text);
  });

  it("reaches the size asked for, in UTF-8 bytes, and stops soon after", () => {
    for (const bytes of [5_000, 60_000, 250_000]) {
      const report = generateReport({ seed: 3, bytes });
      expect(report.bytes).toBe(Buffer.byteLength(report.text, "utf8"));
      expect(report.bytes).toBeGreaterThanOrEqual(bytes);
      expect(report.bytes).toBeLessThan(bytes + 2_000);
    }
  });

  it("plants every pattern, right and wrong, in a long report", () => {
    const { counts, planted } = generateReport({ seed: 11, bytes: 400_000 });
    for (const kind of PLANTED_KINDS) {
      expect(counts[kind].correct, kind).toBeGreaterThan(0);
      expect(counts[kind].wrong, kind).toBeGreaterThan(0);
    }
    const wrong = planted.filter((p) => !p.correct).length / planted.length;
    expect(wrong).toBeGreaterThan(0.2);
    expect(wrong).toBeLessThan(0.4);
  });

  it("writes mistakes the auditor finds, and nothing else it flags", () => {
    for (const seed of [1, 2, 3]) {
      const report = generateReport({ seed, bytes: 60_000 });
      const result = auditText(report.text);
      const flagged = new Set(
        result.findings
          .filter((f) => f.severity !== "info" && f.span)
          .map((f) => f.span?.line ?? 0),
      );
      for (const claim of report.planted) {
        expect(flagged.has(claim.line), `${claim.kind}: ${claim.excerpt}`).toBe(!claim.correct);
      }
      const wrongLines = new Set(report.planted.filter((p) => !p.correct).map((p) => p.line));
      expect([...flagged].filter((line) => !wrongLines.has(line))).toEqual([]);
    }
  });
});
