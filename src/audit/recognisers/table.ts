import type { Finding } from "../../findings/finding.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import type { Cell, Row, Table } from "../segment.js";
import { complements } from "./percentage.js";

const TOTAL_LABEL =
  /^(?:tổng\s+cộng|cộng|tổng\s+số|tổng|toàn\s+(?:huyện|tỉnh|xã|thành\s+phố|thị\s+xã))\b/iu;
const BLANK = /^[\s\-–—.]*$/u;

/** A cell read as figures: nothing, a count, a percentage, or a count with its percentage. */
interface ReadCell {
  readonly cell: Cell;
  readonly blank: boolean;
  readonly count?: QuantityToken;
  readonly percent?: QuantityToken;
}

function readCell(ctx: AuditContext, cell: Cell): ReadCell | undefined {
  if (BLANK.test(cell.text)) return { cell, blank: true };
  const tokens = ctx.numbersIn(cell.start, cell.end);
  const [first, second] = tokens;
  const rest = (from: number) => ctx.text.slice(from, cell.end);
  if (
    tokens.length === 1 &&
    first &&
    first.numberStart === cell.start &&
    /^\s*$/.test(rest(first.end))
  ) {
    return first.percent
      ? { cell, blank: false, percent: first }
      : { cell, blank: false, count: first };
  }
  // "1571 (99,42%)"
  if (
    tokens.length === 2 &&
    first &&
    second &&
    !first.percent &&
    second.percent &&
    first.numberStart === cell.start &&
    /^\s*\(\s*$/.test(ctx.text.slice(first.end, second.start)) &&
    /^\s*\)\s*$/.test(rest(second.end))
  ) {
    return { cell, blank: false, count: first, percent: second };
  }
  return undefined;
}

/**
 * Tables as plain text carries them (cells separated by tabs): a total row ("Cộng", "Tổng
 * cộng") against the sum of the rows above it, and "n (x%)" cells against the count they are
 * a share of (the nearest plain count before them in the row, as in "thuộc thẩm quyền 1580 |
 * đã giải quyết 1571 (99,42%)").
 *
 * @param ctx - the audit context
 * @returns drafts for total rows and for percentage cells
 */
export function recogniseTables(ctx: AuditContext): ClaimDraft[] {
  return ctx.segments.tables.flatMap((table) => [
    ...totalRow(ctx, table),
    ...percentCells(ctx, table),
  ]);
}

function totalRow(ctx: AuditContext, table: Table): ClaimDraft[] {
  const index = table.rows.findIndex((r) => TOTAL_LABEL.test(r.cells[0]?.text ?? ""));
  const total = table.rows[index];
  if (!total || index < 2) return [];
  const totals = total.cells.map((c) => readCell(ctx, c));
  const data: (readonly (ReadCell | undefined)[])[] = [];
  const labels: string[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const row = table.rows[i] as Row;
    const cells = row.cells.map((c) => readCell(ctx, c));
    const numeric = cells.slice(1).filter((c) => c?.count || c?.percent).length;
    if (numeric === 0 || cells.slice(1).some((c, j) => c === undefined && totals[j + 1]?.count))
      break;
    data.unshift(cells);
    labels.unshift(row.cells[0]?.text ?? "");
  }
  if (data.length < 2) return [];
  // Only the columns whose total is a count and whose cells are all figures or blank.
  const drafts: ClaimDraft[] = [];
  totals.forEach((t, j) => {
    if (j === 0 || !t?.count || data.some((r) => r[j] === undefined)) return;
    const token = t.count;
    const draft = relationDraft(
      ctx,
      "table",
      { start: token.numberStart, end: token.numberEnd },
      {
        kind: "table-total",
        total: ctx.idOf(token),
        parts: data.map((r) => {
          const c = r[j];
          // The cell's percentage is a share of a count in its row (its own claim), not of the
          // column total: only the count goes into the column's sum.
          return c?.count ? { count: ctx.idOf(c.count) } : null;
        }),
        column: j,
        label: table.rows[0]?.cells[j]?.text ?? `${j + 1}`,
        rowLabels: labels,
      },
    );
    if (draft)
      drafts.push({ ...draft, findings: draft.findings.map((f) => locate(ctx, f, token)) });
  });
  return drafts;
}

function locate(ctx: AuditContext, finding: Finding, token: QuantityToken): Finding {
  return { ...finding, span: ctx.span(token.numberStart, token.numberEnd) };
}

function percentCells(ctx: AuditContext, table: Table): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const row of table.rows) {
    const cells = row.cells.map((c) => readCell(ctx, c));
    let base: QuantityToken | undefined;
    const plain: QuantityToken[] = [];
    cells.forEach((cell) => {
      if (cell?.count && !cell.percent) {
        base = cell.count;
        plain.push(cell.count);
        return;
      }
      if (!cell?.count || !cell.percent || !base || base.value.isZero()) return;
      const others = cells.flatMap((c) => (c?.percent && c !== cell ? [c.percent] : []));
      const siblings = complements(cell.percent, others);
      const draft = percentCell(ctx, cell.count, base, cell.percent, plain, siblings);
      if (draft) drafts.push(draft);
    });
  }
  return drafts;
}

function percentCell(
  ctx: AuditContext,
  part: QuantityToken,
  whole: QuantityToken,
  stated: QuantityToken,
  plain: readonly QuantityToken[],
  siblings: boolean,
): ClaimDraft | undefined {
  const range = { start: part.numberStart, end: stated.end };
  const relation = {
    kind: "percentage" as const,
    part: ctx.idOf(part),
    whole: ctx.idOf(whole),
    stated: ctx.idOf(stated),
    ...(siblings ? {} : { complement: false }),
  };
  const draft = relationDraft(ctx, "table", range, relation);
  const candidates = plain.filter((t) => t !== whole).map((t) => t.value.toFixed());
  if (draft?.findings.some((f) => f.code === "PERCENT_INCONSISTENT") && candidates.length > 0) {
    return relationDraft(ctx, "table", range, { ...relation, candidates, candidatesFrom: "row" });
  }
  return draft;
}
