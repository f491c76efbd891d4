import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COURT_CODES,
  DOCUMENT_TYPE_CODES,
  type DocumentRef,
  findDocumentRefs,
  formatDocumentRef,
  ISSUER_CODES,
  parseDocumentRef,
  scanDocumentRefs,
} from "../../src/index.js";

const number = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.boolean(), fc.constantFrom("", "a", "b", "c"))
  .map(([n, pad, suffix]) => `${pad && n < 10 ? "0" : ""}${n}${suffix}`);
const year = fc.integer({ min: 1990, max: 2030 });
const partyTypes = DOCUMENT_TYPE_CODES.filter((t) => t.party).map((t) => t.code);
const stateTypes = DOCUMENT_TYPE_CODES.filter((t) => t.state && !t.normative).map((t) => t.code);
const normativeTypes = ["NĐ", "PL", "TT", "TTLT", "NQLT", "QĐ", "NQ"];
const issuer = (sphere: "party" | "state") =>
  fc
    .constantFrom(...ISSUER_CODES.filter((i) => i.sphere === sphere))
    .chain((i) =>
      i.term ? fc.integer({ min: 10, max: 15 }).map((t) => `${i.code}${t}`) : fc.constant(i.code),
    );
const issuers = (sphere: "party" | "state") =>
  fc.array(issuer(sphere), { minLength: 1, maxLength: 3 });

const ref: fc.Arbitrary<DocumentRef> = fc.oneof(
  fc.record({
    family: fc.constant("party" as const),
    number,
    type: fc.constantFrom(...partyTypes),
    issuers: issuers("party"),
  }),
  fc.record({
    family: fc.constant("administrative" as const),
    number,
    type: fc.constantFrom(...stateTypes),
    issuers: issuers("state"),
  }),
  fc.record({
    family: fc.constant("letter" as const),
    number,
    issuers: fc.constantFrom("UBND", "SNV", "BNV", "VPCP", "HĐND").map((i) => [i]),
    unit: fc.constantFrom("TH", "NC", "VX", "NN3", "KGVX"),
  }),
  fc.record({
    family: fc.constant("normative" as const),
    number,
    year,
    type: fc.constantFrom(...normativeTypes),
    issuers: issuers("state"),
  }),
  fc.record({
    family: fc.constant("court" as const),
    number,
    year,
    type: fc.constantFrom(...COURT_CODES.map((c) => c.code)),
    issuers: fc.constant([] as string[]),
  }),
);

describe("properties of references", () => {
  it("format then parse is the identity", () => {
    fc.assert(
      fc.property(ref, (r) => {
        const text = formatDocumentRef(r);
        expect(parseDocumentRef(text)).toEqual(r);
        expect(formatDocumentRef(parseDocumentRef(text))).toBe(text);
      }),
    );
  });

  it("a reference inside a sentence is found at its place", () => {
    fc.assert(
      fc.property(ref, fc.constantFrom("Theo ", "Căn cứ số ", "(", ""), (r, lead) => {
        const symbol = formatDocumentRef(r);
        const text = `${lead}${symbol}, đạt 14/14 xã.`;
        const [found] = findDocumentRefs(text);
        expect(found?.canonical).toBe(symbol);
        expect(found?.start).toBe(lead.length);
      }),
    );
  });

  it("never throws on arbitrary text, and offsets always fit the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.stringMatching(/^[0-9/\- A-ZĐa-z–.,]{0,40}$/u),
        ),
        (text) => {
          const scan = scanDocumentRefs(text);
          for (const r of scan.refs) {
            expect(text.slice(r.start, r.end)).toBe(r.raw);
            expect(r.start).toBeLessThan(r.end);
          }
        },
      ),
    );
  });

  it("never reports a reference in plain fractions, dates and words", () => {
    const piece = fc.oneof(
      fc.tuple(fc.nat(999), fc.nat(999)).map(([a, b]) => `${a}/${b}`),
      fc
        .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), year)
        .map(([d, m, y]) => `ngày ${d}/${m}/${y}`),
      fc
        .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), year)
        .map(([d, m, y]) => `${d}-${m}-${y}`),
      fc.tuple(year, year).map(([a, b]) => `${a} – ${b}`),
      fc.constantFrom("xã", "hộ", "đạt", "%", "tr. 12-14", "(", ")", ",", "Số", "số", "F0/F1"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        expect(findDocumentRefs(pieces.join(" "))).toEqual([]);
      }),
    );
  });
});

describe("the scanner stays linear on hostile input", () => {
  it.each([
    ["100 000 digits", "1".repeat(100_000)],
    ["100 000 slashes", "/".repeat(100_000)],
    ["100 000 dashes", "-".repeat(100_000)],
    ["digit-slash runs", "1/".repeat(50_000)],
    ["digit-dash-letter runs", "1-A".repeat(40_000)],
    ["half references", "12-KL/".repeat(20_000)],
    ["codes without end", `1/${"A-".repeat(50_000)}`],
    [
      "a 1 MB line of citations",
      "Kết luận số 114 –KL/TW, ngày 14/7/2015 của Ban Bí thư (khóa XI); ".repeat(16_000),
    ],
  ])("%s finishes", (_name, text) => {
    const scan = scanDocumentRefs(text);
    expect(scan.refs.length).toBeGreaterThanOrEqual(0);
  });
});
