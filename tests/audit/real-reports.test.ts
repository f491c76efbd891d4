import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";

// The two real reports beside the project (../shared/reports) are read, never copied. The
// expectations are a careful human's recomputation of every claim in them: each inconsistency
// must be found, and no consistent claim may be reported as an error or warning.
const dir = new URL("../../../shared/reports/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");
const present = existsSync(new URL("cao-bang-province-114-review-2020.txt", dir));

const arithmetic = (text: string) =>
  auditText(text)
    .findings.filter((f) => f.severity !== "info" && !f.code.startsWith("REF_"))
    .map((f) => `${f.span?.line} ${f.code}`)
    .sort();

describe.skipIf(!present)("the real reports in ../shared/reports", () => {
  it("Cao Bằng: every inconsistency a human finds, nothing more", () => {
    expect(arithmetic(read("cao-bang-province-114-review-2020.txt"))).toEqual(
      [
        "82 PERCENT_QUALIFIER_FAILS",
        "90 DATE_PERIOD_ENDS_AFTER_REPORT",
        "90 DATE_PERIOD_ENDS_AFTER_REPORT",
        "90 DATE_PERIOD_ENDS_AFTER_REPORT",
        "252 PERCENT_INCONSISTENT",
        "267 PERCENT_INCONSISTENT",
        "267 PERCENT_INCONSISTENT",
        "267 PERCENT_ONLY_IF_TRUNCATED",
        "267 PERCENT_COMPLEMENT",
      ].sort(),
    );
  });

  it("Sông Lô: only the two shares that hold only if truncated", () => {
    expect(arithmetic(read("song-lo-district-114-review-2020.txt"))).toEqual([
      "143 PERCENT_ONLY_IF_TRUNCATED",
      "143 PERCENT_ONLY_IF_TRUNCATED",
    ]);
  });

  it("names 534 as the base that makes 177/537 = 33,15% consistent", () => {
    const finding = auditText(read("cao-bang-province-114-review-2020.txt")).findings.find(
      (f) => f.span?.line === 252 && f.code === "PERCENT_INCONSISTENT",
    );
    expect(finding?.data?.candidateBases).toEqual(["534"]);
  });
});
