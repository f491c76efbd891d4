import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerBound, upperBound } from "../../src/core/search.js";

describe("lowerBound and upperBound", () => {
  it("give the first index with key ≥ at and with key > at, as a linear scan would", () => {
    const sorted = fc.array(fc.integer({ min: -50, max: 50 })).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(sorted, fc.integer({ min: -60, max: 60 }), (items, at) => {
        const first = (test: (x: number) => boolean) => {
          const i = items.findIndex(test);
          return i === -1 ? items.length : i;
        };
        expect(lowerBound(items, at, (x) => x)).toBe(first((x) => x >= at));
        expect(upperBound(items, at, (x) => x)).toBe(first((x) => x > at));
      }),
    );
  });
});
