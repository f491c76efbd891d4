import { describe, expect, it } from "vitest";
import {
  CENTRAL_DOCUMENTS,
  checkDocumentRefs,
  findDocumentRefs,
  lookupDocument,
  parseDocumentRef,
  type RegistryEntry,
} from "../../src/index.js";

const check = (text: string, options?: Parameters<typeof checkDocumentRefs>[1]) =>
  checkDocumentRefs(findDocumentRefs(text), options);
const codes = (text: string, options?: Parameters<typeof checkDocumentRefs>[1]) =>
  check(text, options).map((f) => f.code);

describe("checkDocumentRefs against the registry", () => {
  it("flags a date that contradicts a known document", () => {
    const [f] = check("Triển khai Kết luận số 114-KL/TW ngày 14/8/2015 của Ban Bí thư.");
    expect(f?.code).toBe("REF_DATE_CONTRADICTS_REGISTRY");
    expect(f?.severity).toBe("error");
    expect(f?.computed).toEqual({ knownDate: "2015-07-14" });
    expect(f?.span?.excerpt).toBe("114-KL/TW");
  });

  it("accepts the known date, in any written form", () => {
    expect(codes("Kết luận số 114-KL/TW ngày 14 tháng 7 năm 2015")).toEqual([]);
    expect(codes("Nghị định số 04/2015/NĐ-CP, ngày 09/01/2015")).toEqual([]);
  });

  it("matches a State reference on its year: 16/CT-TTg of 2016 and of 2020 are two documents", () => {
    expect(codes("Chỉ thị số 16/CT-TTg ngày 31/3/2020")).toEqual([]);
    expect(codes("Chỉ thị số 16/CT-TTg ngày 16/5/2016")).toEqual([]);
    expect(codes("Chỉ thị số 16/CT-TTg ngày 20/5/2016")).toEqual(["REF_DATE_CONTRADICTS_REGISTRY"]);
  });

  it("treats a year with no entry as unknown, not wrong", () => {
    expect(codes("Chỉ thị số 26/CT-TTg ngày 02/3/2021")).toEqual([]);
  });

  it("matches a Party reference on its term", () => {
    expect(codes("Chỉ thị số 35-CT/TW ngày 30/6/2019 của Bộ Chính trị (khóa XII)")).toEqual([
      "REF_DATE_CONTRADICTS_REGISTRY",
    ]);
    expect(codes("Nghị quyết số 25-NQ/TW ngày 03/6/2013 (khóa XII)")).toEqual([
      "REF_TERM_CONTRADICTS_REGISTRY",
    ]);
  });

  it("stays silent on an ambiguous citation without a date", () => {
    expect(lookupDocument(CENTRAL_DOCUMENTS, parseDocumentRef("35-CT/TW")).status).toBe(
      "ambiguous",
    );
    expect(codes("Chỉ thị số 35-CT/TW của Bộ Chính trị")).toEqual([]);
  });

  it("softens a contradiction when the sources themselves disagree", () => {
    const [f] = check("Nghị quyết số 39-NQ/TW ngày 07/4/2015");
    expect(f?.code).toBe("REF_DATE_CONTRADICTS_REGISTRY");
    expect(f?.severity).toBe("warning");
    expect(f?.data?.confidence).toBe("two-sources-disagree");
  });

  it("uses a caller's registry, to extend or replace the default", () => {
    const mine: RegistryEntry = {
      ref: "07-KH/HU",
      kind: "Kế hoạch",
      date: "2021-04-02",
      issuer: "Huyện ủy",
      title: "Kế hoạch thử",
      source: "https://example.org/kh-07",
      confidence: "verified",
    };
    const text = "Kế hoạch số 07-KH/HU ngày 03/4/2021; Kết luận số 114-KL/TW ngày 14/8/2015";
    expect(codes(text, { registry: [mine] })).toEqual(["REF_DATE_CONTRADICTS_REGISTRY"]);
    expect(codes(text, { registry: [...CENTRAL_DOCUMENTS, mine] })).toEqual([
      "REF_DATE_CONTRADICTS_REGISTRY",
      "REF_DATE_CONTRADICTS_REGISTRY",
    ]);
  });
});

describe("checkDocumentRefs within one text", () => {
  it("flags the same document cited with two dates", () => {
    const findings = check(
      "Kế hoạch số 09-KH/HU ngày 12/3/2019 đã triển khai. Sau đó, Kế hoạch số 09-KH/HU ngày 21/3/2019 được sơ kết.",
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["REF_DATES_DIFFER", "warning"]]);
    expect(findings[0]?.inputs).toMatchObject({
      date: "ngày 21/3/2019",
      earlierDate: "ngày 12/3/2019",
    });
  });

  it("notes different years only as a possible second document", () => {
    const findings = check(
      "Kế hoạch số 09-KH/HU ngày 12/3/2019; Kế hoạch số 09-KH/HU ngày 02/5/2021.",
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["REF_DATES_DIFFER", "info"]]);
  });

  it("says nothing when two registry entries share the number", () => {
    expect(codes("Chỉ thị 35-CT/TW ngày 26/5/2014 và Chỉ thị 35-CT/TW ngày 30/5/2019")).toEqual([]);
  });

  it("flags a cited document dated after the report", () => {
    const findings = check("Căn cứ Kế hoạch số 15-KH/TU ngày 20/9/2021.", {
      reportDate: "2021-09-01",
    });
    expect(findings.map((f) => f.code)).toEqual(["REF_DATED_AFTER_REPORT"]);
    expect(findings[0]?.computed).toEqual({ reportDate: "2021-09-01" });
    expect(
      codes("Căn cứ Kế hoạch số 15-KH/TU ngày 20/9/2021.", { reportDate: "ngày 30/9/2021" }),
    ).toEqual([]);
  });

  it("includes the deviations found while scanning, in text order", () => {
    expect(codes("Kế hoạch 301-KH-TU; Nghị quyết số 33/NQ-TW")).toEqual([
      "REF_SLASH_LOST",
      "REF_PARTY_IN_STATE_SHAPE",
    ]);
  });
});
