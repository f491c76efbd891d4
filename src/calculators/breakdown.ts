import type { DecimalInput } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import type { Checked, Finding } from "../findings/finding.js";
import { prefixMessage } from "./messages.js";
import { readCount } from "./stated.js";
import { checkTotal, type TotalVerdict } from "./total.js";

/**
 * One figure of a nested breakdown: its value and, when the report breaks it down, its parts
 * ("cấp huyện tiếp nhận 463 đơn, trong đó: khiếu nại 17, tố cáo 19, kiến nghị 427").
 */
export interface BreakdownNode {
  /** What the figure counts ("cấp huyện"), used to name it in findings. */
  readonly label?: string;
  /** The figure. Not negative. */
  readonly value: DecimalInput;
  /** Whether the children are all of it ("gồm"); default `false` ("trong đó"). */
  readonly exhaustive?: boolean;
  /** The parts, each possibly broken down further. */
  readonly children?: readonly BreakdownNode[];
  /**
   * How far the children's sum may be from the value and still count as equal (default 0):
   * figures rounded as printed, as a statistical table's are, may miss by a few last decimals.
   */
  readonly tolerance?: DecimalInput;
}

// How many levels a breakdown may nest: a report's nest a handful; the bound keeps results small.
const MAX_BREAKDOWN_DEPTH = 1000;

/** The check of one node that has children. */
export interface BreakdownNodeResult {
  /** Labels from the root to the node (a position "2" where a node has no label). */
  readonly path: readonly string[];
  /** The node's value. */
  readonly total: string;
  /** The exact sum of its children. */
  readonly sum: string;
  /** total − sum. */
  readonly difference: string;
  /** The node's own verdict. */
  readonly verdict: TotalVerdict;
}

/**
 * The verdict of {@link checkBreakdownTree}: every node adds up (`consistent`), only partial
 * breakdowns fall short (`incomplete`, notes), or some node fails (`inconsistent`).
 */
export type BreakdownVerdict = "consistent" | "incomplete" | "inconsistent";

/** What {@link checkBreakdownTree} returns. */
export interface BreakdownResult extends Checked<BreakdownVerdict> {
  /** One entry per node that has children, root first (depth-first). */
  readonly nodes: readonly BreakdownNodeResult[];
}

/**
 * Checks a nested breakdown: every node with children is checked with {@link checkTotal}
 * against its children's values. See docs/calculators/total.md.
 *
 * @param root - the top figure and its nested parts
 * @returns the overall verdict, the findings (each prefixed with the node's path and carrying
 *   `data.path`), and the check of every node
 * @throws BaocaoError `CALC_NOT_A_FIGURE` or `CALC_NEGATIVE` for a bad figure, `CALC_TOO_DEEP`
 *   for a tree nested more than 1000 levels
 * @example
 * ```ts
 * import { checkBreakdownTree } from "baocao";
 *
 * const result = checkBreakdownTree({
 *   label: "toàn huyện",
 *   value: 1000,
 *   children: [
 *     { label: "cấp huyện", value: 400, exhaustive: true, children: [{ value: 150 }, { value: 240 }] },
 *     { label: "cấp xã", value: 600 },
 *   ],
 * });
 * result.verdict; // "inconsistent" (150 + 240 is 10 short of 400)
 * ```
 */
export function checkBreakdownTree(root: BreakdownNode): BreakdownResult {
  const nodes: BreakdownNodeResult[] = [];
  const findings: Finding[] = [];
  const visit = (
    node: BreakdownNode,
    path: readonly string[],
    children: readonly BreakdownNode[],
  ) => {
    const result = checkTotal({
      total: node.value,
      parts: children.map((child) => child.value),
      exhaustive: node.exhaustive ?? false,
      ...(node.tolerance === undefined ? {} : { tolerance: node.tolerance }),
    });
    nodes.push({
      path,
      total: readCount(node.value, "value").toFixed(),
      sum: result.sum,
      difference: result.difference,
      verdict: result.verdict,
    });
    const where = { vi: path.join(" › "), en: path.join(" › ") };
    for (const finding of result.findings) {
      findings.push({
        ...finding,
        message: prefixMessage(where, finding.message),
        data: { ...finding.data, path },
      });
    }
  };
  // Depth first, root first, with a stack of its own: a deep tree must not exhaust the call stack.
  const pending: { node: BreakdownNode; path: readonly string[] }[] = [
    { node: root, path: [root.label ?? "1"] },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, path } = next;
    const children = node.children ?? [];
    if (children.length === 0) continue;
    // Each node's result carries its whole path, so a chain d levels deep makes d²/2 labels.
    if (path.length > MAX_BREAKDOWN_DEPTH) {
      throw new BaocaoError(
        "CALC_TOO_DEEP",
        `The breakdown is nested more than ${MAX_BREAKDOWN_DEPTH} levels deep (at ${path.slice(0, 3).join(" › ")} › …)`,
        String(path.length),
      );
    }
    visit(node, path, children);
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i] as BreakdownNode;
      pending.push({ node: child, path: [...path, child.label ?? String(i + 1)] });
    }
  }
  const verdict: BreakdownVerdict = findings.some((f) => f.severity === "error")
    ? "inconsistent"
    : findings.length > 0
      ? "incomplete"
      : "consistent";
  return { verdict, findings, nodes };
}
