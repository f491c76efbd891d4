import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  auditReport,
  isBaocaoError,
  type ReportDataError,
  safeParseReportData,
} from "../../src/index.js";

// A structured report is JSON from a file or a value from JavaScript: whatever it holds, a report
// the schema cannot take is a ReportDataError with the path of the problem, never a RangeError
// from a recursion or a calculator's error from deep inside.

type Figure = { id: string; value: string; decimals?: number };
const indicator = ({ id, value, decimals = 0 }: Figure) => ({
  id,
  text: value,
  value,
  decimals,
  percent: false,
});
const report = (figures: readonly Figure[], relation: unknown, kind = "breakdown") => ({
  version: 1,
  metadata: {},
  indicators: figures.map(indicator),
  claims: [{ id: "c1", kind, relation }],
});

function refusal(input: unknown): ReportDataError {
  let thrown: unknown;
  try {
    auditReport(input);
  } catch (error) {
    thrown = error;
  }
  expect(isBaocaoError(thrown)).toBe(true);
  const error = thrown as ReportDataError;
  expect(error.code).toBe("REPORT_INVALID");
  const safe = safeParseReportData(input);
  expect(safe.ok).toBe(false);
  return error;
}

function chain(levels: number): unknown {
  let node: Record<string, unknown> = { figure: "a", label: "lá" };
  for (let i = 0; i < levels; i += 1) {
    node = { figure: "a", label: `cấp ${i}`, list: "all", children: [node] };
  }
  return node;
}

describe("a structured report nested too deep", () => {
  it("is a schema error with the path where the nesting passes the limit, at 900 levels", () => {
    const error = refusal(
      report([{ id: "a", value: "5" }], { kind: "breakdown", root: chain(900) }),
    );
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue?.message).toMatch(/nested more than 100 levels deep/);
    expect(issue?.path.startsWith("claims.0.relation.root.children.0.children.0")).toBe(true);
  });

  it("is a schema error wherever the nesting is: metadata, a carried finding's data, a cycle", () => {
    let deep: unknown = "đáy";
    for (let i = 0; i < 900; i += 1) deep = { v: deep };
    const inMetadata = { version: 1, metadata: { note: deep }, indicators: [], claims: [] };
    expect(refusal(inMetadata).issues[0]?.path.startsWith("metadata.note.v.v")).toBe(true);
    const finding = {
      code: "X",
      severity: "info",
      message: { vi: "", en: "" },
      inputs: {},
      computed: {},
      data: { deep },
    };
    const inData = {
      version: 1,
      metadata: {},
      indicators: [],
      claims: [{ id: "c", kind: "date", findings: [finding] }],
    };
    expect(refusal(inData).issues[0]?.path.startsWith("claims.0.findings.0.data.deep.v")).toBe(
      true,
    );
    const cyclic: Record<string, unknown> = { version: 1, indicators: [], claims: [] };
    cyclic.metadata = cyclic;
    expect(refusal(cyclic).issues[0]?.message).toMatch(/contains itself/);
  });

  it("still takes a breakdown nested as deep as a report would write it", () => {
    const result = auditReport(
      report([{ id: "a", value: "5" }], { kind: "breakdown", root: chain(20) }),
    );
    expect(result.claims).toHaveLength(1);
  });

  it("names a value that throws when read, at its path", () => {
    const figure = Object.defineProperty(indicator({ id: "a", value: "5" }), "value", {
      get() {
        throw new Error("ổ đĩa hỏng");
      },
      enumerable: true,
    });
    const input = { version: 1, metadata: {}, indicators: [figure], claims: [] };
    const [issue] = refusal(input).issues;
    expect(issue).toEqual({ path: "indicators.0.value", message: "cannot be read: ổ đĩa hỏng" });
  });
});

describe("a structured report with 200 000 parts", () => {
  const PARTS = 200_000;
  const parts = Array.from({ length: PARTS }, (_, i) => ({ id: `p${i}`, value: "1" }));
  const relationOf = (cells: readonly Figure[]) => ({
    kind: "table-total",
    total: "t",
    parts: cells.map((p) => ({ count: p.id })),
    column: 0,
    label: "Số vụ",
    rowLabels: [],
  });

  it("checks a table total without overflowing the stack", () => {
    const figures = [{ id: "t", value: String(PARTS + 1) }, ...parts];
    const input = report(figures, relationOf(parts), "table");
    // Every figure placed in the text, so the claim's span is drawn over all of them.
    input.indicators.forEach((v, i) => {
      Object.assign(v, {
        span: { start: 2 * i, end: 2 * i + 1, line: 1, column: 2 * i + 1, excerpt: "1" },
      });
    });
    const result = auditReport(input);
    expect(result.findings.map((f) => f.code)).toEqual(["TABLE_COLUMN_TOTAL"]);
    expect(result.findings[0]?.computed.sum).toBe(String(PARTS));
    expect(result.claims[0]?.span).toMatchObject({ start: 0, end: 2 * PARTS + 1 });
  });

  it("checks a table total given without spans", () => {
    const figures = [{ id: "t", value: String(PARTS + 1) }, ...parts];
    const result = auditReport(report(figures, relationOf(parts), "table"));
    expect(result.findings.map((f) => f.code)).toEqual(["TABLE_COLUMN_TOTAL"]);
    expect(result.findings[0]?.computed.sum).toBe(String(PARTS));
  });

  it("checks a breakdown without overflowing the stack", () => {
    const figures = [{ id: "t", value: String(PARTS) }, ...parts];
    const root = {
      figure: "t",
      label: "toàn tỉnh",
      list: "all",
      children: parts.map((p) => ({ figure: p.id, label: p.id })),
    };
    const result = auditReport(report(figures, { kind: "breakdown", root }));
    expect(result.findings).toEqual([]);
    expect(result.claims[0]?.figures).toHaveLength(PARTS + 1);
  });
});

describe("a value its calculator cannot take", () => {
  // Each relation with good figures, then each of its figures made negative or zero in turn.
  const RELATIONS: readonly [string, unknown, Record<string, string>][] = [
    [
      "percentage",
      { kind: "percentage", part: "a", whole: "b", stated: "s" },
      { a: "5", b: "10", s: "50" },
    ],
    [
      "share",
      { kind: "share", part: "a", whole: "b", stated: "s", inferred: false },
      { a: "5", b: "10", s: "50" },
    ],
    ["reachability", { kind: "reachability", whole: "b", stated: "s" }, { b: "10", s: "50" }],
    [
      "breakdown",
      {
        kind: "breakdown",
        root: { figure: "b", label: "b", list: "all", children: [{ figure: "a", label: "a" }] },
      },
      { a: "10", b: "10" },
    ],
    [
      "table",
      {
        kind: "table-total",
        total: "b",
        parts: [{ count: "a", percent: "s" }],
        column: 0,
        label: "x",
        rowLabels: [],
      },
      { a: "10", b: "10", s: "100" },
    ],
    [
      "resolution",
      { kind: "resolution", resolved: "a", toResolve: "b", pending: "p", rate: "s" },
      { a: "5", b: "10", p: "5", s: "50" },
    ],
  ];
  // Which figures a negative value is refused for, and which a zero one: a count may be 0, a
  // whole may not; a stated percentage may be anything.
  const REFUSED: Record<string, { negative: string[]; zero: string[] }> = {
    percentage: { negative: ["a", "b"], zero: ["b"] },
    share: { negative: ["a", "b"], zero: ["b"] },
    reachability: { negative: ["b"], zero: ["b"] },
    breakdown: { negative: ["a", "b"], zero: [] },
    table: { negative: ["a", "b"], zero: [] },
    resolution: { negative: ["a", "b", "p"], zero: [] },
  };

  for (const [name, relation, values] of RELATIONS) {
    for (const [sign, bad] of [
      ["negative", "-3"],
      ["zero", "0"],
    ] as const) {
      it(`${name}: a ${sign} value is refused at its path exactly where a count or a whole is expected`, () => {
        for (const [id, i] of Object.keys(values).map((k, j) => [k, j] as const)) {
          const figures = Object.entries(values).map(([k, v]) => ({
            id: k,
            value: k === id ? bad : v,
          }));
          const input = report(figures, relation, name);
          const refused = REFUSED[name]?.[sign].includes(id) ?? false;
          if (!refused) {
            expect(() => auditReport(input), `${id} = ${bad}`).not.toThrow();
            continue;
          }
          const [issue, ...more] = refusal(input).issues;
          expect(more, `${id} = ${bad}`).toEqual([]);
          expect(issue?.path).toBe(`indicators.${i}.value`);
          expect(issue?.message).toMatch(
            /^-?\d+ cannot be the \w+ of claim 0 \(claims\.0\.relation\./,
          );
        }
      });
    }
  }

  it("refuses a stated figure with more decimals than written, at its path", () => {
    const input = report(
      [
        { id: "a", value: "5" },
        { id: "b", value: "10" },
        { id: "s", value: "50.25", decimals: 1 },
      ],
      { kind: "percentage", part: "a", whole: "b", stated: "s" },
      "percentage",
    );
    expect(refusal(input).issues[0]).toMatchObject({ path: "indicators.2.value" });
  });

  it("never lets anything but a ReportDataError out of auditReport for a report of the right shape", () => {
    const value = fc.oneof(
      fc.integer({ min: -3, max: 12 }).map(String),
      fc.constantFrom("0.5", "-0.25", "99.42", "1.000", "0"),
    );
    const figureIds = ["a", "b", "c", "d"] as const;
    const id = fc.constantFrom(...figureIds);
    const relation = fc.oneof(
      fc.record({ kind: fc.constant("percentage"), part: id, whole: id, stated: id }),
      fc.record({
        kind: fc.constant("share"),
        part: id,
        whole: id,
        stated: id,
        inferred: fc.boolean(),
      }),
      fc.record({ kind: fc.constant("reachability"), whole: id, stated: id }),
      fc.record({
        kind: fc.constant("breakdown"),
        root: fc.record({
          figure: id,
          label: fc.constant("t"),
          list: fc.constantFrom("all", "some", "paren"),
          children: fc.array(fc.record({ figure: id, label: fc.constant("p") }), { maxLength: 3 }),
        }),
      }),
      fc.record({
        kind: fc.constant("table-total"),
        total: id,
        parts: fc.array(fc.option(fc.record({ count: id, percent: id }), { nil: null }), {
          maxLength: 3,
        }),
        column: fc.integer({ min: 0, max: 2 }),
        label: fc.constant("x"),
        rowLabels: fc.constant([]),
      }),
      fc.record(
        {
          kind: fc.constant("resolution"),
          resolved: id,
          toResolve: id,
          received: id,
          carriedOver: id,
          underJurisdiction: id,
          pending: id,
          rate: id,
        },
        { requiredKeys: ["kind", "resolved"] },
      ),
      fc.record(
        {
          kind: fc.constant("change"),
          before: id,
          after: id,
          change: id,
          percent: id,
          direction: fc.constantFrom("increase", "decrease"),
        },
        { requiredKeys: ["kind", "after", "direction"] },
      ),
    );
    fc.assert(
      fc.property(
        fc.tuple(...figureIds.map(() => fc.tuple(value, fc.integer({ min: 0, max: 3 })))),
        relation,
        (figures, r) => {
          const input = report(
            figures.map(([v, decimals], i) => ({ id: figureIds[i] as string, value: v, decimals })),
            r,
          );
          try {
            auditReport(input);
          } catch (error) {
            expect((error as ReportDataError).code).toBe("REPORT_INVALID");
            // Refused by the schema, not caught from a calculator after it.
            const issues = (error as ReportDataError).issues.map((i) => i.message);
            expect(issues.filter((m) => m.startsWith("cannot be checked"))).toEqual([]);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
