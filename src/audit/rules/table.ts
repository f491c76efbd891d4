import { Decimal } from "../../core/decimal.js";
import { lowerBound } from "../../core/search.js";
import type { Finding } from "../../findings/finding.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import { cueAt, type Passage, solidTokens } from "../passage.js";
import type { Rule } from "../rule.js";
import type { Cell, Row, Table } from "../segment.js";

/**
 * Tables as plain text carries them (cells separated by tabs): a total row ("Cộng", "Tổng
 * cộng") against the sum of the rows above it, and "n (x%)" cells against the count they are
 * a share of (the nearest plain count before them in the row, as in "thuộc thẩm quyền 1580 |
 * đã giải quyết 1571 (99,42%)").
 */
export const tableRule: Rule = {
  kind: "table",
  labels: { vi: "Bảng số liệu", en: "Table" },
  reads: ["table"],
  run: (ctx, passage) => {
    const table = ctx.segments.tables[passage.group];
    if (!table) return [];
    const cells = table.rows.map((row) => row.cells.map((c) => readCell(ctx, passage, c)));
    return [...totalRow(ctx, passage, table, cells), ...percentCells(ctx, table, cells)];
  },
};

/** A cell read as figures: nothing, a count, a percentage, or a count with its percentage. */
interface ReadCell {
  readonly cell: Cell;
  readonly blank: boolean;
  readonly count?: QuantityToken;
  readonly percent?: QuantityToken;
}

const DASHES = new Set(["-", "–", "—", "."]);

function readCell(ctx: AuditContext, passage: Passage, cell: Cell): ReadCell | undefined {
  const solid = solidTokens(passage, cell.start, cell.end);
  if (solid.every((t) => DASHES.has(t.text))) return { cell, blank: true };
  const tokens = ctx.numbersIn(cell.start, cell.end);
  const [first, second] = tokens;
  if (!first || first.numberStart !== cell.start) return undefined;
  const rest = (from: number) => solidTokens(passage, from, cell.end).map((t) => t.text);
  if (tokens.length === 1 && rest(first.end).length === 0) {
    return first.percent
      ? { cell, blank: false, percent: first }
      : { cell, blank: false, count: first };
  }
  // "1571 (99,42%)"
  if (
    tokens.length === 2 &&
    second &&
    !first.percent &&
    second.percent &&
    solidTokens(passage, first.end, second.start)
      .map((t) => t.text)
      .join("") === "(" &&
    rest(second.end).join("") === ")"
  ) {
    return { cell, blank: false, count: first, percent: second };
  }
  return undefined;
}

type ReadRow = readonly (ReadCell | undefined)[];

function totalRow(
  ctx: AuditContext,
  passage: Passage,
  table: Table,
  cells: readonly ReadRow[],
): ClaimDraft[] {
  const index = table.rows.findIndex((r) => isTotalLabel(passage, r));
  const total = table.rows[index];
  const totals = cells[index];
  if (!total || !totals || index < 2) return [];
  // The rows above the total, nearest first, up to the first that is no data row.
  let top = index;
  for (let i = index - 1; i >= 0; i--) {
    const row = (cells[i] ?? []).slice(1);
    const numeric = row.filter((c) => c?.count || c?.percent).length;
    if (numeric === 0 || row.some((c, j) => c === undefined && totals[j + 1]?.count)) break;
    top = i;
  }
  const data = cells.slice(top, index);
  const labels = table.rows.slice(top, index).map((r) => r.cells[0]?.text ?? "");
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

function isTotalLabel(passage: Passage, row: Row): boolean {
  const first = row.cells[0];
  return first !== undefined && cueAt(passage, first.start, "total-row", first.end) !== undefined;
}

function locate(ctx: AuditContext, finding: Finding, token: QuantityToken): Finding {
  return { ...finding, span: ctx.span(token.numberStart, token.numberEnd) };
}

function percentCells(ctx: AuditContext, table: Table, cells: readonly ReadRow[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  table.rows.forEach((_, r) => {
    const row = cells[r] ?? [];
    // The row's percentages by value, so each cell finds the one that complements it at once.
    const percents = row
      .flatMap((c) => (c?.percent ? [c.percent] : []))
      .sort((a, b) => a.numeral.comparedTo(b.numeral));
    let base: QuantityToken | undefined;
    const plain: QuantityToken[] = [];
    for (const cell of row) {
      if (cell?.count && !cell.percent) {
        base = cell.count;
        plain.push(cell.count);
        continue;
      }
      if (!cell?.count || !cell.percent || !base || base.value.isZero()) continue;
      const siblings = hasComplement(cell.percent, percents);
      const draft = percentCell(ctx, cell.count, base, cell.percent, plain, siblings);
      if (draft) drafts.push(draft);
    }
  });
  return drafts;
}

const HUNDRED = new Decimal(100);

/** Whether another of the row's percentages (sorted by value) makes 100 with this one, within a point. */
function hasComplement(stated: QuantityToken, sorted: readonly QuantityToken[]): boolean {
  const low = HUNDRED.minus(stated.numeral).minus(1);
  for (let i = lowerBound(sorted, 0, (t) => t.numeral.comparedTo(low)); i < sorted.length; i++) {
    const t = sorted[i] as QuantityToken;
    if (t.numeral.plus(stated.numeral).minus(100).gt(1)) return false;
    if (t !== stated) return true;
  }
  return false;
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
  if (draft?.findings.some((f) => f.code === "PERCENT_INCONSISTENT") && plain.length > 1) {
    const candidates = plain.filter((t) => t !== whole).map((t) => t.value.toFixed());
    return relationDraft(ctx, "table", range, { ...relation, candidates, candidatesFrom: "row" });
  }
  return draft;
}
