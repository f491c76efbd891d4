import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CENTRAL_DOCUMENTS,
  checkDocumentRefs,
  findDocumentRefs,
  lookupDocument,
  parseDocumentRef,
} from "../../src/index.js";

const data = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../src/references/data/${name}`, import.meta.url), "utf8"),
  ) as Record<string, unknown[]>;

// central.json is the shared data set's file as it is (scripts/registry-data.mjs copies it and
// splits it into the dated entries, which the checks read, and the titles).
describe("the registry of central documents, kept apart from its titles", () => {
  it("CENTRAL_DOCUMENTS is every entry of central.json, titles included, in its order", () => {
    const { documents } = data("central.json");
    expect(CENTRAL_DOCUMENTS).toStrictEqual(documents);
    // The same fields in the same order as before the split (JSON of the table is unchanged).
    expect(JSON.stringify(CENTRAL_DOCUMENTS)).toBe(JSON.stringify(documents));
    for (const entry of CENTRAL_DOCUMENTS) expect(entry.title.length, entry.ref).toBeGreaterThan(0);
  });

  it("the split files are central.json's entries without titles and its titles, in order", () => {
    const documents = data("central.json").documents as { title: string }[];
    expect(data("central-dated.json").documents).toStrictEqual(
      documents.map(({ title: _, ...rest }) => rest),
    );
    expect(data("central-titles.json").titles).toStrictEqual(documents.map((d) => d.title));
  });

  it("the checks find the same with the default registry as with CENTRAL_DOCUMENTS given", () => {
    const text =
      "Thực hiện Kết luận số 114-KL/TW ngày 14/8/2015, Chỉ thị số 35-CT/TW ngày 26/5/2014 " +
      "của Bộ Chính trị khóa XII và Chỉ thị 35-CT/TW ngày 01/3/2019.";
    const refs = findDocumentRefs(text);
    const found = checkDocumentRefs(refs, { reportDate: "2020-01-01" });
    expect(found.map((f) => f.code)).toContain("REF_DATE_CONTRADICTS_REGISTRY");
    expect(found).toEqual(
      checkDocumentRefs(refs, { reportDate: "2020-01-01", registry: CENTRAL_DOCUMENTS }),
    );
  });

  it("a lookup in CENTRAL_DOCUMENTS returns its own entries, with their titles", () => {
    const lookup = lookupDocument(CENTRAL_DOCUMENTS, parseDocumentRef("35-CT/TW"));
    expect(lookup.status).toBe("ambiguous");
    if (lookup.status !== "ambiguous") return;
    for (const entry of lookup.entries) expect(CENTRAL_DOCUMENTS).toContain(entry);
    expect(lookup.entries.every((e) => e.title.length > 0)).toBe(true);
  });
});
