// What each figure of a structured report's claims must be for the calculator that recomputes
// it: a count is not negative, a whole is more than 0, a stated figure has no more decimals
// than it says it was written with. A report breaking one of these is refused by the schema,
// each issue at the path of the offending value, instead of failing deep inside a calculator.
import type { Relation } from "../audit/relations.js";
import { toDecimal } from "../core/decimal.js";

type Path = readonly (string | number)[];

/** What a figure is to its calculator. */
type Rule = "count" | "whole" | "whole-number" | "stated";

interface FigureUse {
  readonly id: string;
  /** What the claim calls it ("whole", "part", "rate"). */
  readonly role: string;
  /** Where the claim names it (`claims.0.relation.whole`). */
  readonly path: Path;
  readonly rule: Rule;
}

const RESOLUTION_COUNTS = [
  "resolved",
  "toResolve",
  "received",
  "carriedOver",
  "underJurisdiction",
  "pending",
] as const;

/**
 * The figures a relation names, each with the rule its calculator needs it to follow.
 *
 * @param relation - a claim's relation
 * @param at - the relation's path in the report
 * @returns every use of a figure
 */
function figureUses(relation: Relation, at: Path): FigureUse[] {
  const uses: FigureUse[] = [];
  const use = (id: string | undefined, rule: Rule, role: string, ...path: Path) => {
    if (id !== undefined) uses.push({ id, rule, role, path: [...at, ...path] });
  };
  switch (relation.kind) {
    case "percentage":
    case "share":
      use(relation.part, "count", "part", "part");
      use(relation.whole, "whole", "whole", "whole");
      use(relation.stated, "stated", "stated percentage", "stated");
      break;
    case "reachability":
      use(relation.whole, "whole-number", "whole", "whole");
      use(relation.stated, "stated", "stated percentage", "stated");
      break;
    case "breakdown": {
      // Without recursion: the schema bounds the depth, but a walk need not rely on it.
      const pending: { node: typeof relation.root; path: Path }[] = [
        { node: relation.root, path: ["root"] },
      ];
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        const role = next.path.length === 1 ? "total" : "part";
        use(next.node.figure, "count", role, ...next.path, "figure");
        const children = next.node.children ?? [];
        for (let i = children.length - 1; i >= 0; i -= 1) {
          const node = children[i] as typeof relation.root;
          pending.push({ node, path: [...next.path, "children", i] });
        }
      }
      break;
    }
    case "table-total":
      use(relation.total, "count", "total", "total");
      relation.parts.forEach((part, i) => {
        use(part?.count, "count", "part", "parts", i, "count");
        use(part?.percent, "stated", "stated percentage", "parts", i, "percent");
      });
      break;
    case "resolution":
      for (const role of RESOLUTION_COUNTS) use(relation[role], "count", role, role);
      use(relation.rate, "stated", "stated rate", "rate");
      break;
    case "average":
      use(relation.total, "count", "total", "total");
      use(relation.count, "whole", "count", "count");
      use(relation.stated, "count", "stated average", "stated");
      break;
    case "change":
      use(relation.change, "stated", "stated change", "change");
      use(relation.percent, "stated", "stated percentage", "percent");
      break;
  }
  return uses;
}

function broken(rule: Rule, value: string, decimals: number): string | undefined {
  const v = toDecimal(value);
  switch (rule) {
    case "count":
      return v.isNegative() && !v.isZero() ? "a count must not be negative" : undefined;
    case "whole":
      return v.lte(0) ? "a whole must be more than 0" : undefined;
    case "whole-number":
      return v.isInteger() && v.gte(1) ? undefined : "a whole must be a whole number, at least 1";
    case "stated":
      return v.decimalPlaces() > decimals
        ? `it has more decimals than the ${decimals} its "decimals" says were written`
        : undefined;
  }
}

/**
 * The figures of a report's claims that their calculators cannot take (a negative count, a whole
 * of 0, a stated figure with more decimals than written), each at the path of the value.
 *
 * @internal
 * @param report - indicator values and claims of a report whose shape is valid
 * @returns one issue per offending use of a figure
 */
export function figureIssues(report: {
  readonly indicators: readonly { id: string; value: string; decimals: number }[];
  readonly claims: readonly { relation?: Relation | undefined }[];
}): { path: (string | number)[]; message: string }[] {
  const where = new Map<string, number>();
  report.indicators.forEach((v, i) => {
    if (!where.has(v.id)) where.set(v.id, i);
  });
  const issues: { path: (string | number)[]; message: string }[] = [];
  report.claims.forEach((claim, c) => {
    if (!claim.relation) return;
    for (const use of figureUses(claim.relation, ["claims", c, "relation"])) {
      const i = where.get(use.id);
      const value = i === undefined ? undefined : report.indicators[i];
      if (i === undefined || value === undefined) continue;
      const problem = broken(use.rule, value.value, value.decimals);
      if (problem === undefined) continue;
      issues.push({
        path: ["indicators", i, "value"],
        message: `${value.value} cannot be the ${use.role} of claim ${c} (${use.path.join(".")}): ${problem}`,
      });
    }
  });
  return issues;
}
