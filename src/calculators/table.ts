import { Decimal, type DecimalInput } from "../core/decimal.js";
import { BaocaoError } from "../core/errors.js";
import { type Checked, createFinding, type Finding, type Message } from "../findings/finding.js";
import { prefixMessage, show } from "./messages.js";
import { checkPercentage } from "./percentage.js";
import type { RoundingOptions } from "./rounding.js";
import { readCount, type StatedInput } from "./stated.js";

/** A cell written "n (x%)": a count with the percentage printed beside it. */
export interface TableCountCell {
  /** The count; null or a blank string when the cell shows only a percentage. */
  readonly count: DecimalInput | null;
  /** The percentage printed with it ("99,42" or `{ value, decimals }`). */
  readonly percent?: StatedInput;
}

/**
 * A table cell: a figure, a count with its percentage, or blank (`null`, `undefined`, "", "-",
 * "–"). Blank cells add nothing to a sum; a blank total cell is not checked.
 */
export type TableCell = DecimalInput | TableCountCell | null | undefined;

/**
 * What a cell's percentage is a share of: its row's total (the total column), its column's total
 * (the total row), or another cell of the same row (`{ column: 1 }`, zero-based), as when a
 * table prints "thuộc thẩm quyền 1580 | đã giải quyết 1571 (99,42%)".
 */
export type PercentBase = "row-total" | "column-total" | { readonly column: number };

/** What {@link checkTable} checks. */
export interface TableInput {
  /** The data rows, without the total row; rows may be ragged (missing cells are blank). */
  readonly rows: readonly (readonly TableCell[])[];
  /** The total row ("Cộng", "Tổng cộng"): one cell per column. */
  readonly totalRow?: readonly TableCell[];
  /** The total column: one cell per data row. */
  readonly totalColumn?: readonly TableCell[];
  /** The grand total (where the total row meets the total column). */
  readonly grandTotal?: TableCell;
  /**
   * Base of the cells' percentages. Default: `row-total` when there is a total column, else
   * `column-total` when there is a total row.
   */
  readonly percentOf?: PercentBase;
  /** Row names for messages ("2015", "Cấp xã"). */
  readonly rowLabels?: readonly string[];
  /** Column names for messages. */
  readonly columnLabels?: readonly string[];
  /** Rounding policy for the percentages (see {@link checkPercentage}). */
  readonly rounding?: RoundingOptions;
}

/**
 * The verdict of {@link checkTable}: every sum and percentage holds (`consistent`), some only
 * under lenient rounding (`consistent-with-warnings`), or something does not (`inconsistent`).
 */
export type TableVerdict = "consistent" | "consistent-with-warnings" | "inconsistent";

/** What {@link checkTable} returns. */
export interface TableResult extends Checked<TableVerdict> {
  /** The exact sum of each data row. */
  readonly rowSums: readonly string[];
  /** The exact sum of each column over the data rows. */
  readonly columnSums: readonly string[];
  /** The sum of every data cell. */
  readonly grandSum: string;
}

interface ReadCell {
  readonly count: Decimal | undefined;
  readonly percent: StatedInput | undefined;
}

const BLANKS = new Set(["", "-", "–", "—"]);

/**
 * Checks a table with a total row and/or a total column: each row adds up to its total, each
 * column to the total row, the totals to the grand total, and every "n (x%)" cell's percentage
 * matches its count. See docs/calculators/table.md.
 *
 * @param input - rows, totals, the base of the percentages, labels and the rounding policy
 * @returns the verdict, findings (each naming its row and column, with `data.row` and
 *   `data.column`), and the exact sums
 * @throws BaocaoError `CALC_BAD_TABLE` when the total column has more cells than there are
 *   rows or a percent base column is out of range; `CALC_NOT_A_FIGURE`, `CALC_NEGATIVE` for a
 *   bad cell
 * @example
 * ```ts
 * import { checkTable } from "baocao";
 *
 * const result = checkTable({
 *   rows: [
 *     [12, 30],
 *     [15, 41],
 *   ],
 *   totalRow: [27, 70],
 * });
 * result.verdict; // "inconsistent" (30 + 41 is 71)
 * ```
 */
export function checkTable(input: TableInput): TableResult {
  const rows = input.rows.map((row, i) => row.map((cell, j) => readCell(cell, `rows[${i}][${j}]`)));
  // A loop, not Math.max(...lengths): a table of 200 000 rows is more arguments than a call takes.
  let columns = input.totalRow?.length ?? 0;
  for (const row of rows) columns = Math.max(columns, row.length);
  if (input.totalColumn !== undefined && input.totalColumn.length > rows.length) {
    throw new BaocaoError(
      "CALC_BAD_TABLE",
      `totalColumn has ${input.totalColumn.length} cells for ${rows.length} rows`,
      String(input.totalColumn.length),
    );
  }
  const totalRow = input.totalRow?.map((c, j) => readCell(c, `totalRow[${j}]`).count);
  const totalColumn = input.totalColumn?.map((c, i) => readCell(c, `totalColumn[${i}]`).count);
  const grand = readCell(input.grandTotal, "grandTotal").count;
  const at = (i: number, j: number): Decimal => rows[i]?.[j]?.count ?? new Decimal(0);
  const rowSums = rows.map((_, i) => sumOf(Array.from({ length: columns }, (_, j) => at(i, j))));
  const columnSums = Array.from({ length: columns }, (_, j) => sumOf(rows.map((_, i) => at(i, j))));
  const grandSum = sumOf(rowSums);
  const findings: Finding[] = [];
  const name = labeller(input);
  rows.forEach((_, i) => {
    const total = totalColumn?.[i];
    if (total !== undefined && !total.eq(rowSums[i] ?? 0)) {
      findings.push(
        sumFinding("TABLE_ROW_TOTAL", name.row(i), rowSums[i] ?? new Decimal(0), total, { row: i }),
      );
    }
  });
  for (let j = 0; j < columns; j += 1) {
    const total = totalRow?.[j];
    if (total !== undefined && !total.eq(columnSums[j] ?? 0)) {
      findings.push(
        sumFinding("TABLE_COLUMN_TOTAL", name.column(j), columnSums[j] ?? new Decimal(0), total, {
          column: j,
        }),
      );
    }
  }
  if (grand !== undefined) {
    const sums: Decimal[] = [];
    if (totalColumn !== undefined) sums.push(sumOf(totalColumn.map((c) => c ?? new Decimal(0))));
    if (totalRow !== undefined) sums.push(sumOf(totalRow.map((c) => c ?? new Decimal(0))));
    if (sums.length === 0) sums.push(grandSum);
    const wrong = sums.find((s) => !s.eq(grand));
    if (wrong !== undefined) {
      findings.push(
        sumFinding("TABLE_GRAND_TOTAL", { vi: "Tổng cộng", en: "Grand total" }, wrong, grand, {}),
      );
    }
  }
  const base = input.percentOf ?? (totalColumn !== undefined ? "row-total" : "column-total");
  if (
    typeof base === "object" &&
    (!Number.isInteger(base.column) || base.column < 0 || base.column >= columns)
  ) {
    throw new BaocaoError(
      "CALC_BAD_TABLE",
      `percentOf.column ${base.column} is not a column of the table`,
      String(base.column),
    );
  }
  rows.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell.percent === undefined) return;
      const whole =
        base === "row-total"
          ? totalColumn?.[i]
          : base === "column-total"
            ? totalRow?.[j]
            : row[base.column]?.count;
      findings.push(
        ...percentFindings(cell, whole, name.cell(i, j), { row: i, column: j }, input.rounding),
      );
    });
  });
  const verdict: TableVerdict = findings.some((f) => f.severity === "error")
    ? "inconsistent"
    : findings.some((f) => f.severity === "warning")
      ? "consistent-with-warnings"
      : "consistent";
  return {
    verdict,
    findings,
    rowSums: rowSums.map((s) => s.toFixed()),
    columnSums: columnSums.map((s) => s.toFixed()),
    grandSum: grandSum.toFixed(),
  };
}

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && BLANKS.has(value.trim()))
  );
}

function readCell(cell: TableCell, name: string): ReadCell {
  if (isBlank(cell)) return { count: undefined, percent: undefined };
  if (typeof cell === "object" && cell !== null && "count" in cell) {
    return {
      count: isBlank(cell.count)
        ? undefined
        : readCount(cell.count as DecimalInput, `${name}.count`),
      percent: cell.percent,
    };
  }
  return { count: readCount(cell as DecimalInput, name), percent: undefined };
}

function sumOf(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}

function labeller(input: TableInput) {
  const row = (i: number): Message => {
    const label = input.rowLabels?.[i];
    return label === undefined
      ? { vi: `Dòng ${i + 1}`, en: `Row ${i + 1}` }
      : { vi: `Dòng ${i + 1} (${label})`, en: `Row ${i + 1} (${label})` };
  };
  const column = (j: number): Message => {
    const label = input.columnLabels?.[j];
    return label === undefined
      ? { vi: `Cột ${j + 1}`, en: `Column ${j + 1}` }
      : { vi: `Cột ${j + 1} (${label})`, en: `Column ${j + 1} (${label})` };
  };
  const cell = (i: number, j: number): Message => {
    const r = row(i);
    const label = input.columnLabels?.[j];
    const suffix = label === undefined ? "" : ` (${label})`;
    return { vi: `${r.vi}, cột ${j + 1}${suffix}`, en: `${r.en}, column ${j + 1}${suffix}` };
  };
  return { row, column, cell };
}

function sumFinding(
  code: "TABLE_ROW_TOTAL" | "TABLE_COLUMN_TOTAL" | "TABLE_GRAND_TOTAL",
  where: Message,
  sum: Decimal,
  total: Decimal,
  data: Record<string, number>,
): Finding {
  const s = show(sum);
  const t = show(total);
  const gap = show(total.minus(sum).abs());
  return createFinding({
    code,
    severity: "error",
    message: {
      vi: `${where.vi}: các ô cộng lại ${s.vi}, ô tổng ghi ${t.vi} (chênh ${gap.vi})`,
      en: `${where.en}: the cells add up to ${s.en}, the total reads ${t.en} (off by ${gap.en})`,
    },
    inputs: { total: total.toFixed() },
    computed: { sum: sum.toFixed(), difference: total.minus(sum).toFixed() },
    data,
  });
}

function percentFindings(
  cell: ReadCell,
  whole: Decimal | undefined,
  where: Message,
  data: Record<string, number>,
  rounding: RoundingOptions | undefined,
): Finding[] {
  if (cell.percent === undefined) return [];
  if (whole === undefined || whole.isZero()) {
    const zero = whole !== undefined;
    return [
      createFinding({
        code: zero ? "PERCENT_ZERO_BASE" : "TABLE_PERCENT_NO_BASE",
        severity: zero ? "error" : "info",
        message: zero
          ? {
              vi: `${where.vi}: tỷ lệ được ghi trên mẫu số bằng 0`,
              en: `${where.en}: a percentage is stated of a base of 0`,
            }
          : {
              vi: `${where.vi}: không kiểm tra được tỷ lệ vì ô mẫu số để trống`,
              en: `${where.en}: the percentage cannot be checked, its base cell is blank`,
            },
        data,
      }),
    ];
  }
  const result = checkPercentage({
    part: cell.count ?? new Decimal(0),
    whole,
    stated: cell.percent,
    ...(rounding === undefined ? {} : { rounding }),
  });
  return result.findings.map((f) => ({
    ...f,
    message: prefixMessage(where, f.message),
    data: { ...f.data, ...data },
  }));
}
