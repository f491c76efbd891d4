// The recomputation panel in the validator's language: every input and computed value named in
// Vietnamese, long decimals rounded, no internal ids, and nothing said twice.
import { readdirSync, readFileSync } from "node:fs";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import type { AuditResult, Claim } from "../../src/index.js";
import { auditText } from "../../src/index.js";
import { renderHtml } from "../../src/render/index.js";
import { FIELD_LABELS } from "../../src/render/labels.js";
import { textReader } from "./dom.js";
import { SAMPLE } from "./fixtures.js";

const corpus = new URL("../corpus/passages/", import.meta.url);
const texts = [
  SAMPLE,
  readFileSync(new URL("../browser/fixtures/invented-review.txt", import.meta.url), "utf8"),
  ...readdirSync(corpus)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(new URL(f, corpus), "utf8")),
];
const audits = texts.map((text) => ({ text, result: auditText(text) }));

const sample = audits[0] as { text: string; result: AuditResult };
const page = renderHtml(sample.result, sample.text, { file: "sample-report.txt" });
const readPage = textReader(page);
const claimWith = (code: string): Claim => {
  const claim = sample.result.claims.find((c) => c.findings.some((f) => f.code === code));
  if (!claim) throw new Error(`the sample has a ${code}`);
  return claim;
};

describe("the recomputation of a claim", () => {
  it("has a name in both languages for every input and computed value the auditor writes", () => {
    const keys = new Set<string>();
    for (const { result } of audits) {
      for (const f of result.findings) {
        for (const k of [...Object.keys(f.inputs), ...Object.keys(f.computed)]) keys.add(k);
      }
    }
    expect(keys.size).toBeGreaterThan(25);
    expect([...keys].filter((k) => !Object.hasOwn(FIELD_LABELS, k))).toEqual([]);
  });

  it("shows no internal key, word or id in the Vietnamese page", () => {
    for (const { text, result } of audits.slice(0, 2)) {
      const read = textReader(renderHtml(result, text, { file: "x.txt" }));
      for (const claim of result.claims) {
        const shown = read(`d-${claim.id}`, "vi");
        // The keys of inputs and computed values and the qualifier's English word.
        for (const key of ["part", "whole", "stated", "qualifier", "exact", "rounded", "gap"]) {
          expect(shown, `${claim.id}: ${key}`).not.toMatch(new RegExp(`\\b${key}\\b`));
        }
        expect(shown).not.toMatch(/\bover\b/);
        expect(shown, claim.id).not.toMatch(new RegExp(`\\b${claim.id}\\b`));
      }
    }
  });

  it("names a qualifier in each language", () => {
    const claim = claimWith("PERCENT_QUALIFIER_FAILS");
    expect(readPage(`d-${claim.id}`, "vi")).toMatch(/Từ chỉ mức\s*trên/);
    expect(readPage(`d-${claim.id}`, "en")).toMatch(/Qualifier\s*over/);
  });

  it("rounds a long decimal to 4 places, keeping the full value in its title", () => {
    const claim = claimWith("PERCENT_QUALIFIER_FAILS");
    const finding = claim.findings.find((f) => f.code === "PERCENT_QUALIFIER_FAILS");
    const exact = finding?.computed.exact ?? "";
    expect(exact.split(".")[1]?.length).toBeGreaterThan(10);
    // Half-up to 4 places, trailing zeros dropped (61.34204… reads 61,342).
    const rounded = new Decimal(exact).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString();
    expect(readPage(`d-${claim.id}`, "vi")).toContain(`≈ ${rounded.replace(".", ",")}`);
    expect(readPage(`d-${claim.id}`, "en")).toContain(`≈ ${rounded}`);
    expect(page).toContain(`title="${exact}"`);
    // No value with more than 4 decimals is shown anywhere in the panel of any claim.
    for (const c of sample.result.claims) {
      expect(readPage(`d-${c.id}`, "vi")).not.toMatch(/\d,\d{5,}/);
      expect(readPage(`d-${c.id}`, "en")).not.toMatch(/\d\.\d{5,}/);
    }
  });

  it("says a recomputation once: no explanation that repeats a message, no input the table shows", () => {
    const date = claimWith("DATE_PERIOD_ENDS_AFTER_REPORT");
    const message = date.findings[0]?.message.vi ?? "";
    expect(date.explanation.vi).toBe(message);
    const shown = readPage(`d-${date.id}`, "vi");
    expect(shown.split(message)).toHaveLength(2);

    const percent = claimWith("PERCENT_INCONSISTENT");
    const detail = readPage(`d-${percent.id}`, "vi");
    // The part, whole and stated share are in the table of figures, not again under the inputs.
    expect(detail).toContain("Các số liệu");
    expect(detail).not.toContain("Số liệu đầu vào");
    // …while a claim's explanation that says more than its finding is kept.
    expect(detail).toContain(percent.explanation.vi);
  });

  it("shows an ISO date of a finding as Vietnamese write it", () => {
    const date = claimWith("DATE_PERIOD_ENDS_AFTER_REPORT");
    const computed = date.findings[0]?.computed.periodEnd ?? "";
    const [y, m, d] = computed.split("-").map(Number);
    expect(readPage(`d-${date.id}`, "vi")).toContain(`${d}/${m}/${y}`);
    expect(readPage(`d-${date.id}`, "en")).toContain(computed);
  });
});
