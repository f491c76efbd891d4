import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  COURT_CODES,
  DOCUMENT_TYPE_CODES,
  documentRefSchema,
  ISSUER_CODES,
  KIND_WORDS,
  parseDocumentRef,
} from "../../src/index.js";

describe("documentRefSchema", () => {
  it("accepts every parsed reference", () => {
    for (const text of [
      "114-KL/TW",
      "5482/UBND-TH",
      "04/2015/NĐ-CP",
      "17/2019/HS-ST",
      "25/2013/QH13",
    ]) {
      expect(documentRefSchema.safeParse(parseDocumentRef(text)).success).toBe(true);
    }
  });

  it.each([
    [{ family: "party", number: "12", issuers: ["HU"] }, "type"],
    [{ family: "normative", number: "3", type: "NĐ", issuers: ["CP"] }, "year"],
    [{ family: "letter", number: "3", type: "KH", issuers: ["UBND"] }, "type"],
    [{ family: "administrative", number: "3", type: "KH", issuers: ["UBND"], unit: "TH" }, "unit"],
    [{ family: "court", number: "3", year: 2019, type: "HS-ST", issuers: ["TW"] }, "issuers"],
    [{ family: "party", number: "x1", type: "KH", issuers: ["HU"] }, "number"],
    [{ family: "party", number: "1", type: "KH", issuers: ["HU"], term: "11" }, "term"],
  ])("rejects %j at %s", (value, path) => {
    const result = documentRefSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.path[0] === path)).toBe(true);
  });

  it("produces a JSON Schema", () => {
    const schema = z.toJSONSchema(documentRefSchema) as { properties?: Record<string, unknown> };
    expect(Object.keys(schema.properties ?? {})).toContain("issuers");
  });
});

describe("code tables", () => {
  it("have unique codes", () => {
    for (const table of [DOCUMENT_TYPE_CODES, ISSUER_CODES, COURT_CODES]) {
      const codes = table.map((row) => row.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it("give every issuer code its body's name, as the table did before the names moved apart", () => {
    // The table as one list (before it was split into ISSUER_KINDS and the names), written out.
    const before = JSON.parse(
      readFileSync(new URL("./fixtures/issuer-codes.json", import.meta.url), "utf8"),
    ) as unknown;
    expect(ISSUER_CODES).toStrictEqual(before);
    for (const issuer of ISSUER_CODES) expect(issuer.name.length, issuer.code).toBeGreaterThan(0);
  });

  it("list kind words longest first where one is a prefix of another", () => {
    KIND_WORDS.forEach((k, i) => {
      for (const later of KIND_WORDS.slice(i + 1))
        expect(later.word.startsWith(k.word)).toBe(false);
    });
  });

  it("name every type in at least one system", () => {
    for (const t of DOCUMENT_TYPE_CODES) expect(t.party ?? t.state).toBeTruthy();
  });
});
