import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkBreakdownTree,
  checkChange,
  checkComplement,
  checkRank,
  checkRatio,
  checkReachability,
  checkTable,
  Decimal,
  resolutionRate,
  type StatedValue,
} from "../../src/index.js";

// Valid random input for every calculator: none may throw, and no result may carry NaN or
// Infinity anywhere (the JSON form is what callers store and print).
const count = fc.bigInt({ min: 0n, max: 10n ** 9n });
const positive = fc.bigInt({ min: 1n, max: 10n ** 9n });
const stated: fc.Arbitrary<StatedValue> = fc
  .tuple(fc.bigInt({ min: -(10n ** 7n), max: 10n ** 7n }), fc.integer({ min: 0, max: 3 }))
  .map(([units, decimals]) => ({
    value: new Decimal(units.toString()).div(new Decimal(10).pow(decimals)),
    decimals,
  }));
const nonNegativeStated = stated.map((s) => ({ ...s, value: new Decimal(s.value).abs() }));
const clean = (result: unknown): void => {
  expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
};

describe("calculators never throw on valid input", () => {
  it("checkReachability", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 6n }), stated, (whole, s) =>
        clean(checkReachability({ whole, stated: s })),
      ),
    );
  });
  it("checkComplement", () => {
    fc.assert(
      fc.property(
        fc.option(count, { nil: undefined }),
        fc.array(
          fc.record({
            count: fc.option(count, { nil: undefined }),
            stated: fc.option(nonNegativeStated, { nil: undefined }),
          }),
          { maxLength: 5 },
        ),
        (total, parts) => {
          const clear = parts.map((p) => ({
            ...(p.count === undefined ? {} : { count: p.count }),
            ...(p.stated === undefined ? {} : { stated: p.stated }),
          }));
          clean(checkComplement({ ...(total === undefined ? {} : { total }), parts: clear }));
        },
      ),
    );
  });
  it("checkBreakdownTree", () => {
    const node: fc.Memo<{ value: bigint; exhaustive: boolean; children: unknown[] }> = fc.memo(
      (depth) =>
        fc.record({
          value: count,
          exhaustive: fc.boolean(),
          children: depth <= 1 ? fc.constant([]) : fc.array(node(depth - 1), { maxLength: 3 }),
        }),
    );
    fc.assert(fc.property(node(3), (root) => clean(checkBreakdownTree(root as never))));
  });
  it("checkTable", () => {
    const cell = fc.oneof(
      count,
      fc.constant(null),
      fc.record({ count, percent: nonNegativeStated }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }),
        fc.array(fc.option(count, { nil: null }), { maxLength: 4 }),
        (rows, totalRow) => {
          clean(checkTable({ rows, totalRow }));
          clean(checkTable({ rows, totalColumn: totalRow.slice(0, rows.length) }));
        },
      ),
    );
  });
  it("resolutionRate", () => {
    const opt = fc.option(count, { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          received: opt,
          carriedOver: opt,
          underJurisdiction: opt,
          toResolve: opt,
          pending: opt,
        }),
        count,
        fc.option(nonNegativeStated, { nil: undefined }),
        fc.constantFrom("jurisdiction", "received"),
        (figures, resolved, statedRate, rateOf) => {
          const given = Object.fromEntries(
            Object.entries(figures).filter(([, v]) => v !== undefined),
          );
          clean(
            resolutionRate({
              ...given,
              resolved,
              ...(statedRate === undefined ? {} : { statedRate }),
              rateOf,
            } as never),
          );
        },
      ),
    );
  });
  it("checkChange", () => {
    fc.assert(
      fc.property(
        fc.option(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), { nil: undefined }),
        fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
        fc.option(stated, { nil: undefined }),
        fc.option(stated, { nil: undefined }),
        fc.constantFrom("increase", "decrease"),
        (before, after, statedChange, statedPercent, direction) => {
          clean(
            checkChange({
              after,
              direction,
              ...(before === undefined ? {} : { before }),
              ...(statedChange === undefined ? {} : { statedChange }),
              ...(statedPercent === undefined ? {} : { statedPercent }),
            }),
          );
        },
      ),
    );
  });
  it("checkRatio and checkRank", () => {
    fc.assert(
      fc.property(count, positive, stated, positive, positive, (current, previous, s, rank, of) => {
        clean(checkRatio({ current, previous, stated: s }));
        clean(checkRank({ rank, of, expectedOf: of }));
      }),
    );
  });
});
