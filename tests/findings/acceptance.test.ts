import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  acceptanceSchemaJson,
  acceptedEntry,
  acceptFindings,
  auditText,
  type Finding,
  fingerprintFinding,
  isBaocaoError,
  parseAcceptance,
  reviewFindings,
  safeParseAcceptance,
} from "../../src/index.js";

const TEXT =
  "Thị trấn đã giải quyết 47/52 đơn (đạt 91,4%).\nXã đã cấp 118/125 giấy phép (đạt 95,2%).\n";

function findingsOf(text: string): readonly Finding[] {
  return auditText(text).findings;
}

describe("reviewFindings", () => {
  it("accepts the findings whose fingerprint an entry of the same file has", () => {
    const findings = findingsOf(TEXT);
    expect(findings).toHaveLength(2);
    const [one] = findings;
    if (!one) throw new Error("no finding");
    const entry = acceptedEntry(one, "thi-tran.txt");
    const review = reviewFindings(findings, "thi-tran.txt", [entry]);
    expect(review.findings.map((f) => f.accepted)).toEqual([true, false]);
    expect(review.accepted).toBe(1);
    expect(review.stale).toEqual([]);
    expect(review.findings[1]?.fingerprint).toBe(
      fingerprintFinding(findings[1] as Finding, "thi-tran.txt"),
    );
    // Another file's entry accepts nothing here.
    expect(reviewFindings(findings, "xa.txt", [entry]).accepted).toBe(0);
  });

  it("accepts at most `count` findings per entry and calls the rest of an entry stale", () => {
    const twice = findingsOf(`${TEXT}${TEXT}`);
    const [one] = twice;
    if (!one) throw new Error("no finding");
    const entry = acceptedEntry(one, "a.txt");
    expect(reviewFindings(twice, "a.txt", [entry]).accepted).toBe(1);
    expect(reviewFindings(twice, "a.txt", [{ ...entry, count: 2 }]).accepted).toBe(2);
    const stale = reviewFindings(findingsOf(TEXT), "a.txt", [{ ...entry, count: 3 }]).stale;
    expect(stale).toEqual([{ ...entry, count: 2 }]);
  });

  it("calls an entry stale once the report is corrected", () => {
    const [one] = findingsOf(TEXT);
    if (!one) throw new Error("no finding");
    const entry = acceptedEntry(one, "a.txt");
    const corrected = findingsOf(TEXT.replace("91,4", "90,4"));
    const review = reviewFindings(corrected, "a.txt", [entry]);
    expect(review.accepted).toBe(0);
    expect(review.stale).toEqual([entry]);
  });
});

describe("acceptFindings", () => {
  it("replaces the reviewed files' entries, keeps the others and a note written by hand", () => {
    const findings = findingsOf(TEXT);
    const entries = findings.map((f) => acceptedEntry(f, "a.txt"));
    const [first, second] = entries;
    if (!first || !second) throw new Error("two entries expected");
    const other = { file: "b.txt", code: "TOTAL_SHORT", fingerprint: "1".padStart(64, "0") };
    const before = { version: 1 as const, accepted: [{ ...first, note: "đã xác minh" }, other] };
    const after = acceptFindings(before, ["a.txt"], [second]);
    expect(after.accepted).toEqual([second, other].sort((a, b) => (a.file < b.file ? -1 : 1)));
    const again = acceptFindings(before, ["a.txt"], entries);
    expect(again.accepted.find((e) => e.fingerprint === first.fingerprint)?.note).toBe(
      "đã xác minh",
    );
    expect(parseAcceptance(again)).toEqual(again);
  });
});

describe("parseAcceptance", () => {
  it("refuses a file that does not fit, naming every path", () => {
    const result = safeParseAcceptance({
      version: 2,
      accepted: [{ file: "", code: "lower", fingerprint: "xyz" }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(isBaocaoError(result.error)).toBe(true);
    expect(result.error.code).toBe("ACCEPTANCE_INVALID");
    for (const path of ["version", "accepted.0.file", "accepted.0.code", "accepted.0.fingerprint"])
      expect(result.error.message).toContain(`${path}:`);
    expect(() => parseAcceptance("nope")).toThrow(/does not match its schema/);
  });

  it("ships its JSON Schema (regenerate with npx tsx scripts/cli-schemas.ts --write)", () => {
    const shipped = JSON.parse(
      readFileSync(new URL("../../acceptance.schema.json", import.meta.url), "utf8"),
    );
    expect(shipped).toEqual(JSON.parse(JSON.stringify(acceptanceSchemaJson())));
  });
});
