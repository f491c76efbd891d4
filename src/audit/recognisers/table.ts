import { checkPercentage } from "../../calculators/percentage.js";
import { checkTable, type TableCell } from "../../calculators/table.js";
import type { Finding } from "../../findings/finding.js";
import type { QuantityToken } from "../../quantities/token.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, show, statedOf } from "../draft.js";
import type { Cell, Row, Table } from "../segment.js";

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
  const columns = totals
    .map((t, j) => (j > 0 && t?.count && data.every((r) => r[j] !== undefined) ? j : -1))
    .filter((j) => j > 0);
  if (columns.length === 0) return [];
  const value = (c: ReadCell | undefined): TableCell =>
    c?.count
      ? { count: c.count.value, ...(c.percent ? { percent: statedOf(c.percent) } : {}) }
      : null;
  const result = checkTable({
    rows: data.map((r) => columns.map((j) => value(r[j]))),
    totalRow: columns.map((j) => totals[j]?.count?.value ?? null),
    rowLabels: labels,
    columnLabels: columns.map((j) => table.rows[0]?.cells[j]?.text ?? `${j + 1}`),
    percentOf: "column-total",
  });
  return columns.map((j, k) => {
    const cell = totals[j] as ReadCell;
    const token = cell.count as QuantityToken;
    const parts = data.map((r) => r[j]?.count).filter((t): t is QuantityToken => t !== undefined);
    const findings = result.findings.filter((f) => f.data?.column === k);
    return {
      kind: "table",
      start: token.numberStart,
      end: token.numberEnd,
      figures: [ctx.figure(token, "total"), ...parts.map((t) => ctx.figure(t, "part"))],
      tokens: [token, ...parts],
      findings: findings.map((f) => locate(ctx, f, token)),
      explanation: {
        vi: `Dòng tổng ${show(token.value, "vi")} so với tổng cột ${show(result.columnSums[k] ?? "0", "vi")}`,
        en: `Total row ${show(token.value, "en")} against the column sum ${show(result.columnSums[k] ?? "0", "en")}`,
      },
    };
  });
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
      drafts.push(percentCell(ctx, cell.count, base, cell.percent, plain));
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
): ClaimDraft {
  const candidates = plain.filter((t) => t !== whole).map((t) => t.value);
  const result = checkPercentage({
    part: part.value,
    whole: whole.value,
    stated: statedOf(stated),
  });
  const named =
    result.verdict === "inconsistent"
      ? checkPercentage({
          part: part.value,
          whole: whole.value,
          stated: statedOf(stated),
          candidates,
        }).bases
      : [];
  const findings = result.findings.map((f) =>
    named.length === 0
      ? f
      : {
          ...f,
          data: { ...f.data, candidateBases: named.map((b) => b.base) },
          message: {
            vi: `${f.message.vi}. Mẫu số khớp trong dòng: ${named.map((b) => show(b.base, "vi")).join(", ")}.`,
            en: `${f.message.en}. Bases in the row that fit: ${named.map((b) => show(b.base, "en")).join(", ")}.`,
          },
        },
  );
  return {
    kind: "table",
    start: part.numberStart,
    end: stated.end,
    figures: [ctx.figure(part, "part"), ctx.figure(whole, "whole"), ctx.figure(stated, "stated")],
    tokens: [part, whole, stated],
    findings,
    explanation: {
      vi: `${show(part.value, "vi")}/${show(whole.value, "vi")} = ${show(result.exact, "vi")}%; ghi ${stated.raw}%`,
      en: `${show(part.value, "en")}/${show(whole.value, "en")} = ${show(result.exact, "en")}%; stated ${show(stated.numeral, "en")}%`,
    },
  };
}
