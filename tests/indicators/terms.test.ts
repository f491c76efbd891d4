import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledIndicators, defaultCatalogue } from "../../src/indicators/catalogue.js";
import { compileTerm, findTerm, normalise } from "../../src/indicators/terms.js";

// Every term of the built-in catalogue, and the words they are made of.
const terms = compiledIndicators(defaultCatalogue()).flatMap((c) => [
  ...c.terms,
  ...c.requires,
  ...c.unless,
]);
const vocabulary = [...new Set(terms.flatMap((t) => t.text.split(/[\s.…]+/u)))].filter(Boolean);

/** All matches of the term's own pattern, without any shortcut. */
const direct = (pattern: RegExp, window: string) =>
  [...window.matchAll(pattern)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);

describe("findTerm", () => {
  it("finds what the term's pattern finds, in any window (its word shortcut is exact)", () => {
    const glue = fc.constantFrom(" ", "  ", "", ", ", ". ", "\n", "120 ", "được", "x");
    // Windows made of the term's own words and a few others, glued in every way.
    const case_ = fc.constantFrom(...terms).chain((term) => {
      const own = term.text.split(/[\s.…]+/u).filter(Boolean);
      const word = fc.oneof(fc.constantFrom(...own), fc.constantFrom(...vocabulary));
      const window = fc
        .array(fc.tuple(word, glue), { maxLength: 10 })
        .map((parts) => normalise(parts.map(([w, g]) => `${w}${g}`).join("")));
      return fc.tuple(fc.constant(term), window);
    });
    fc.assert(
      fc.property(case_, ([term, text]) => {
        const found = findTerm(term, text).map((h) => [h.start, h.end]);
        expect(found).toEqual(direct(term.pattern, text));
      }),
      { numRuns: 4_000 },
    );
  });

  it("finds a term whose gap runs into the word beside it", () => {
    const term = compileTerm("tiếp ... lượt");
    expect(findTerm(term, normalise("Xã đã tiếpđược 130 lượt công dân"))).toHaveLength(1);
    expect(findTerm(term, normalise("Xã đã đón 130 lượt công dân"))).toEqual([]);
  });
});
