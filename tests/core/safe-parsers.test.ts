import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
import { isBaocaoError } from "../../src/index.js";
import * as registry from "../../src/units/registry/index.js";

// Every `safeX` function the package exports (both entries), found by enumeration: a safe parser
// added later is covered here without editing this file. Each must return `{ ok, value | error }`
// whatever it is given, in every argument and every option, and leave what it was given as it was.
const SAFE = Object.entries({ ...library, ...registry })
  .filter(([name, value]) => /^safe[A-Z]/.test(name) && typeof value === "function")
  .map(([name, value]) => [name, value as (...args: unknown[]) => unknown] as const);

// Inputs each parser accepts, so that a hostile second argument is read, not skipped because
// the first one already failed. Every parser gets every sample.
const GOOD: readonly unknown[] = [
  "1.353",
  "đạt 84,90%",
  "trên 10 vạn người",
  "ngày 14 tháng 7 năm 2015",
  "từ năm 2015 đến nay",
  "6.858,208",
  "Kết luận số 114-KL/TW",
  { version: 1, metadata: {}, indicators: [], claims: [] },
  [{ code: "07225", name: "Đức Bác", type: "xã", level: "commune", parent: "253" }],
  [],
  {
    id: "wells.built",
    topic: "water",
    name: { vi: "Giếng khoan", en: "Wells drilled" },
    measure: "count",
    unit: "giếng",
    terms: ["giếng khoan"],
    range: { min: "0" },
  },
];

function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = wrap(value);
  return value;
}

function hostileValues(): [string, unknown][] {
  const cyclic: Record<string, unknown> = { version: 1 };
  cyclic.self = cyclic;
  const cyclicList: unknown[] = [];
  cyclicList.push(cyclicList);
  const boom = (): never => {
    throw new Error("boom");
  };
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const trapsThrow = new Proxy([], {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
  });
  const throwsOddThings = new Proxy(
    {},
    {
      get() {
        throw Object.create(null);
      },
    },
  );
  return [
    ["an array 5 000 levels deep", nested(5_000, (v) => [v])],
    ["an object 5 000 levels deep", nested(5_000, (v) => ({ v }))],
    ["a report 900 levels deep", { version: 1, metadata: nested(900, (v) => ({ v })) }],
    ["an object containing itself", cyclic],
    ["an array containing itself", cyclicList],
    [
      "a getter that throws",
      Object.defineProperty({}, "reportDate", { get: boom, enumerable: true }),
    ],
    [
      "a getter that throws on id",
      Object.defineProperty({}, "id", { get: boom, enumerable: true }),
    ],
    ["a proxy whose traps throw", trapsThrow],
    ["a revoked proxy", revocable.proxy],
    ["a proxy that throws a prototype-less object", throwsOddThings],
    ["an object without prototype", Object.create(null)],
    ["toString and valueOf that throw", { toString: boom, valueOf: boom }],
    ["Symbol.toPrimitive that throws", { [Symbol.toPrimitive]: boom }],
    ["null", null],
    ["undefined", undefined],
    ["{}", {}],
    ["a number", 42],
    ["NaN", Number.NaN],
    ["a bigint", 10n],
    ["a symbol", Symbol("s")],
    ["a boolean", true],
    ["a function", () => 1],
    ["an invalid Date", new Date(Number.NaN)],
    ["a typed array", new Uint8Array(8)],
    ["a Map", new Map([["reportDate", "2020-13-45"]])],
    ["an impossible ISO day", "2020-13-45"],
    ["a day February lacks", "2021-02-29"],
    ["a megabyte of digits", "7".repeat(1_000_000)],
    ["lone surrogates", "\ud800\udfff\ud800"],
  ];
}

/** An options bag that answers every option with `value` (so each option a parser reads is hostile). */
const answering = (value: unknown): object =>
  new Proxy({}, { get: (_, key) => (typeof key === "string" ? value : undefined) });

function expectResult(name: string, call: () => unknown): void {
  let result: unknown;
  expect(() => {
    result = call();
  }, name).not.toThrow();
  const r = result as { ok?: unknown; value?: unknown; error?: unknown };
  expect(typeof r.ok, name).toBe("boolean");
  if (r.ok) return;
  expect(isBaocaoError(r.error), name).toBe(true);
  const error = r.error as { code: unknown; input: unknown; offset: unknown; end: unknown };
  expect(typeof error.code, name).toBe("string");
  expect(typeof error.input, name).toBe("string");
  expect(Number.isInteger(error.offset) && Number.isInteger(error.end), name).toBe(true);
}

describe("every safe parser, whatever it is given", () => {
  it("finds the safe parsers by enumerating the exports", () => {
    expect(SAFE.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "safeParseNumber",
        "safeParsePercent",
        "safeParseQuantity",
        "safeParseVietnameseDate",
        "safeParsePeriod",
        "safeParseDocumentRef",
        "safeParseReportData",
        "safeParseIndicator",
        "safeLoadUnits",
      ]),
    );
  });

  for (const [name, parse] of SAFE) {
    it(`${name} returns a result for hand-made hostile values in every argument and option`, () => {
      for (const [what, value] of hostileValues()) {
        expectResult(`${name}(${what})`, () => parse(value));
        expectResult(`${name}(${what}, ${what})`, () => parse(value, value));
        for (const good of GOOD) {
          expectResult(`${name}(good, ${what})`, () => parse(good, value));
          expectResult(`${name}(good, { every option: ${what} })`, () =>
            parse(good, answering(value)),
          );
        }
      }
    });

    it(`${name} returns a result for any value (fast-check), and changes nothing it is given`, () => {
      fc.assert(
        fc.property(
          fc.anything({
            withBigInt: true,
            withBoxedValues: true,
            withDate: true,
            withMap: true,
            withNullPrototype: true,
            withObjectString: true,
            withSet: true,
            withSparseArray: true,
            withTypedArray: true,
            withUnicodeString: true,
          }),
          fc.anything({ withBigInt: true, withNullPrototype: true }),
          fc.constantFrom(...GOOD),
          (first, second, good) => {
            const before = [fc.stringify(first), fc.stringify(second)];
            expectResult(`${name}(${before[0]})`, () => parse(first));
            expectResult(`${name}(…, ${before[1]})`, () => parse(first, second));
            expectResult(`${name}(good, ${before[1]})`, () => parse(good, second));
            expectResult(`${name}(good, every option ${before[1]})`, () =>
              parse(good, answering(second)),
            );
            expect([fc.stringify(first), fc.stringify(second)]).toEqual(before);
          },
        ),
        { numRuns: 200 },
      );
    });
  }
});
