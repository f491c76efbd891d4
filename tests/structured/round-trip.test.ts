import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  auditReport,
  auditText,
  extractReport,
  isBaocaoError,
  type ReportDataError,
  reportSchemaJson,
  safeParseReportData,
} from "../../src/index.js";

const sample = readFileSync(new URL("../../examples/sample-report.txt", import.meta.url), "utf8");
const shared = new URL("../../../shared/reports/", import.meta.url);
const real = existsSync(shared)
  ? ["cao-bang-province-114-review-2020.txt", "song-lo-district-114-review-2020.txt"].map((f) =>
      readFileSync(new URL(f, shared), "utf8"),
    )
  : [];

const essence = (
  findings: readonly {
    code: string;
    severity: string;
    message: { en: string };
    span?: { start: number; end: number };
  }[],
) => findings.map((f) => `${f.span?.start}-${f.span?.end} ${f.severity} ${f.code} ${f.message.en}`);

describe("extract, then audit the data", () => {
  const texts: [string, string][] = [
    ["the sample report", sample],
    ...real.map((t, i): [string, string] => [`real report ${i + 1}`, t]),
  ];
  it.each(texts)("gives the findings of auditing the text: %s", (_name, text) => {
    const direct = auditText(text);
    const data = JSON.parse(JSON.stringify(extractReport(direct)));
    const again = auditReport(data);
    expect(essence(again.findings)).toEqual(essence(direct.findings));
    expect(again.claims.map((c) => [c.kind, c.status])).toEqual(
      direct.claims.map((c) => [c.kind, c.status]),
    );
    expect(again.reportDate?.iso).toBe(direct.reportDate?.iso);
  });

  it("recomputes a relation after a hand correction", () => {
    const data = extractReport(
      auditText("Tiếp nhận 610 đơn, gồm: cấp huyện 210 đơn, cấp xã 390 đơn."),
    );
    expect(auditReport(data).findings.map((f) => f.code)).toEqual(["TOTAL_SHORT"]);
    const corrected = {
      ...data,
      indicators: data.indicators.map((v) =>
        v.text === "610" ? { ...v, text: "600", value: "600" } : v,
      ),
    };
    expect(auditReport(corrected).findings).toEqual([]);
  });
});

describe("invalid structured input", () => {
  it("gives every schema error with its path", () => {
    const result = safeParseReportData({
      version: 2,
      metadata: { date: "12/9/2024" },
      indicators: [{ id: "a", text: "5", value: "5,0", decimals: 0, percent: false }],
      claims: [
        {
          id: "c1",
          kind: "percentage",
          relation: { kind: "percentage", part: "a", whole: "b", stated: "a" },
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error: ReportDataError = result.error;
    expect(isBaocaoError(error)).toBe(true);
    expect(error.code).toBe("REPORT_INVALID");
    expect(error.issues.map((i) => i.path).sort()).toEqual(
      ["claims.0.relation", "indicators.0.value", "metadata.date", "version"].sort(),
    );
  });

  it("auditReport throws the same error, never a crash", () => {
    expect(() => auditReport({ hello: "world" })).toThrow(/does not match the schema/);
    expect(() => auditReport(null)).toThrow(/does not match the schema/);
  });
});

describe("the shipped JSON Schema", () => {
  it("is generated from the zod schema (regenerate with npx tsx scripts/report-schema.ts --write)", () => {
    const shipped = JSON.parse(
      readFileSync(new URL("../../report.schema.json", import.meta.url), "utf8"),
    );
    expect(shipped).toEqual(JSON.parse(JSON.stringify(reportSchemaJson())));
  });
});
