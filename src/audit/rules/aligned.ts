import { keystroke } from "../../calculators/total.js";
import { Decimal } from "../../core/decimal.js";
import type { QuantityToken } from "../../quantities/token.js";
import { MAGNITUDE_WORDS } from "../../quantities/words.js";
import type { AuditContext } from "../context.js";
import { type ClaimDraft, relationDraft } from "../draft.js";
import type { BreakdownRelationNode } from "../relations.js";
import type { Rule } from "../rule.js";

/**
 * Tables laid out with spaces, as text copied from a PDF carries them (statistical yearbooks,
 * annexes): each row a label and then its figures, one per column ("Trung ương 565325 747677
 * 642810"). Which rows are totals of which is read from the figures, not from the labels: a row
 * is the total of the rows that follow it when their sums give it in every column but one, and a
 * column is the total of the columns after it when their sums give it in every row but one. The
 * odd cell out is then the slip; a relation that fits nowhere near that well is no claim at all.
 */
export const alignedRule: Rule = {
  kind: "table",
  labels: { vi: "Bảng số liệu", en: "Table" },
  reads: [],
  run: () => [],
  runText: (ctx) => {
    const drafts = blocks(ctx).flatMap((block) => {
      const rounded = inMagnitudes(ctx, block) ? "units" : true;
      return [
        ...rowTotals(ctx, block, rounded),
        ...columnTotals(ctx, block, rounded),
        ...percentColumns(ctx, block),
      ];
    });
    const taken = new Set(drafts.flatMap((d) => d.tokens ?? []));
    return [...drafts, ...hundredRows(ctx, taken)];
  },
};

/**
 * A row of counts each followed by its percentage, one of them "N 100%": N is the whole the
 * row's other percentages are of ("Tỷ lệ TTHC trực tuyến 2643 100% 2643 100% 1856 70,2% 736
 * 27,8%"). Read on any line, a table of one row included; claimed when every other count is no
 * larger than N and at least two of the pairs fit it, with one misfit at most (a row whose
 * percentages are of wholes it does not write fits nowhere near that well).
 */
function hundredRows(ctx: AuditContext, taken: ReadonlySet<QuantityToken>): ClaimDraft[] {
  const text = ctx.text;
  const drafts: ClaimDraft[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const row = line.includes("%") && !line.includes("\t") ? readRow(ctx, start, end) : undefined;
    if (row) drafts.push(...hundredRow(ctx, row, taken));
    if (newline === -1) break;
    start = newline + 1;
  }
  return drafts;
}

function hundredRow(
  ctx: AuditContext,
  row: AlignedRow,
  taken: ReadonlySet<QuantityToken>,
): ClaimDraft[] {
  const { cells } = row;
  if (cells.length < 6 || cells.length % 2 !== 0) return [];
  const pairs: { count: QuantityToken; share: QuantityToken }[] = [];
  for (let j = 0; j < cells.length; j += 2) {
    const [count, share] = [cells[j], cells[j + 1]];
    if (!count || !share || count.percent || !share.percent || count.decimals > 0) return [];
    if (taken.has(share)) return [];
    pairs.push({ count, share });
  }
  const wholes = pairs.filter((p) => p.share.numeral.eq(100));
  const whole = wholes[0]?.count;
  if (!whole || whole.value.isZero() || wholes.some((p) => !p.count.value.eq(whole.value)))
    return [];
  const others = pairs.filter((p) => p !== wholes[0]);
  if (others.some((p) => p.count.value.gt(whole.value))) return [];
  const tried = others.flatMap(({ count, share }) => {
    const draft = relationDraft(
      ctx,
      "table",
      { start: count.numberStart, end: share.end },
      {
        kind: "percentage",
        part: ctx.idOf(count),
        whole: ctx.idOf(whole),
        stated: ctx.idOf(share),
        complement: false,
      },
    );
    return draft ? [draft] : [];
  });
  const wrong = tried.filter((d) => d.findings.some((f) => f.severity !== "info")).length;
  return tried.length - wrong >= 2 && wrong <= 1 ? tried : [];
}

/**
 * How a table's figures are rounded: as printed (`true`: whole figures are exact), or to the
 * unit of a table in thousands, millions or billions (`units`: whole figures are rounded too).
 */
type Rounded = true | "units";

// How far above a table its unit line may stand ("Triệu đồng - Mill. dongs", "ĐVT: tỷ đồng").
const HEADING_REACH = 1200;
const UNIT_LEADS = ["đơn vị tính", "đvt", "đơn vị"];
const MAGNITUDES = MAGNITUDE_WORDS.filter((m) => !m.moneyOnly && m.exponent >= 3);

/**
 * Whether the table's unit line, between the text before it and its first figure, names a
 * magnitude ("Triệu đồng", "Nghìn người", "Đơn vị tính: tỷ đồng"): its whole figures are then
 * rounded to that unit, and a total may miss its parts' sum by half a unit per figure.
 */
function inMagnitudes(ctx: AuditContext, rows: readonly AlignedRow[]): boolean {
  const first = rows[0]?.cells.find((c) => c !== null);
  if (!first) return false;
  const from = Math.max(0, first.numberStart - HEADING_REACH);
  return ctx.text
    .slice(from, first.numberStart)
    .split("\n")
    .some((line) => {
      let rest = line.trim().toLocaleLowerCase("vi").normalize("NFC");
      const lead = UNIT_LEADS.find((l) => rest.startsWith(l));
      if (lead) rest = rest.slice(lead.length).replace(/^[\s:.]+/u, "");
      return MAGNITUDES.some((m) => {
        if (!rest.startsWith(`${m.text} `)) return false;
        const next = rest.slice(m.text.length + 1).split(/\s/u)[0] ?? "";
        return !m.notBefore?.includes(next);
      });
    });
}

/** A cell: a figure, or a dash for nothing ("-"). */
type AlignedCell = QuantityToken | null;

interface AlignedRow {
  readonly label: string;
  readonly cells: readonly AlignedCell[];
}

// Lines of labels or headings that may stand between two rows of one table.
const GAP = 4;
// How many rows (or columns) after a total its parts may run to.
const MAX_PARTS = 12;
// How many rows after a total are looked at for its parts.
const LOOKAHEAD = 40;
// More cells than any printed page holds: a run of figures, not a row.
const MAX_WIDTH = 60;
const DASHES = new Set(["-", "–", "—"]);
const PLAIN_CELL = /^[0-9][0-9.,]*%?$/u;

/** The text's aligned tables: runs of rows with as many cells each, label lines between allowed. */
function blocks(ctx: AuditContext): AlignedRow[][] {
  const text = ctx.text;
  const out: AlignedRow[][] = [];
  let block: AlignedRow[] = [];
  let gap = 0;
  const close = () => {
    if (block.length >= 3) out.push(block);
    block = [];
  };
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const row = text.slice(start, end).includes("\t") ? undefined : readRow(ctx, start, end);
    if (row) {
      const width = block[0]?.cells.length ?? row.cells.length;
      const narrower =
        row.cells.length < width ? block.map((r) => trimTo(r, row.cells.length)) : [];
      if (narrower.length > 0 && narrower.every((r) => r !== undefined)) block = narrower;
      const fitted = trimTo(row, block[0]?.cells.length ?? row.cells.length);
      if (!fitted) close();
      block.push(fitted ?? row);
      gap = 0;
    } else if (text.slice(start, end).trim() !== "" && ++gap > GAP) {
      close();
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  close();
  return out;
}

/** A line read as a row: a label, then at least two cells separated by spaces, to its end. */
function readRow(ctx: AuditContext, start: number, end: number): AlignedRow | undefined {
  const text = ctx.text;
  const tokens = ctx.numbersIn(start, end);
  const cells: AlignedCell[] = [];
  let t = tokens.length - 1;
  let at = end;
  for (;;) {
    while (at > start && isSpace(text.charCodeAt(at - 1))) at--;
    if (at === start) break;
    const before = at - 1 === start || isSpace(text.charCodeAt(at - 2));
    if (DASHES.has(text[at - 1] as string) && before) {
      cells.push(null);
      at--;
      continue;
    }
    while (t >= 0 && (tokens[t] as QuantityToken).numberStart >= at) t--;
    const token = tokens[t];
    if (!token || token.end !== at || token.numberStart < start) break;
    const raw = text.slice(token.numberStart, token.end);
    const opens = token.numberStart === start || isSpace(text.charCodeAt(token.numberStart - 1));
    if (!PLAIN_CELL.test(raw) || !opens) break;
    cells.push(token);
    at = token.numberStart;
    t--;
  }
  const figures = cells.filter((c) => c !== null).length;
  if (figures < 2 || cells.length > MAX_WIDTH) return undefined;
  cells.reverse();
  const label = text.slice(start, at).trim();
  // A heading of years ("2018 2019 2020") names the columns; it is no row.
  if (label === "" && cells.every((c) => c !== null && isYear(c))) return undefined;
  return { label, cells };
}

/**
 * A row cut to `width` cells from the right, its first cells given back to its label when they
 * are small whole numbers that name it ("Mức 1, 2 268763 …" beside "Mức 3 68544 …").
 */
function trimTo(row: AlignedRow, width: number): AlignedRow | undefined {
  const extra = row.cells.length - width;
  if (extra === 0) return row;
  if (extra < 0 || width < 2) return undefined;
  const named = row.cells.slice(0, extra);
  if (!named.every((c) => c !== null && !c.percent && c.decimals === 0 && c.numeral.lt(100)))
    return undefined;
  return { label: row.label, cells: row.cells.slice(extra) };
}

const isSpace = (code: number) => code === 32 || code === 160 || code === 9 || code === 13;
const isYear = (c: QuantityToken) =>
  !c.percent && c.decimals === 0 && c.numeral.gte(1900) && c.numeral.lte(2100);

/** How a total and its candidate parts agree, column by column (or row by row). */
interface Fit {
  readonly matches: number;
  /** Where they agree. */
  readonly matched: readonly number[];
  readonly mismatches: number;
  /** Where they disagree. */
  readonly odd: number | undefined;
  /** Whether the one place they disagree is one keystroke from the sum ("68547" for 68544). */
  readonly slip?: boolean;
}

/**
 * The running sums of parts at each position (a column of rows, or a row of columns), so a run
 * of parts grows one at a time instead of being summed again for each length tried.
 */
class Tally {
  readonly sums: Decimal[];
  readonly present: number[];
  readonly nonzero: number[];
  readonly decimals: number[];
  readonly percent: (boolean | undefined)[];
  readonly mixed: boolean[];

  /** Whether whole figures are rounded too (a table in millions). */
  readonly units: boolean;

  constructor(size: number, rounded: Rounded = true) {
    this.units = rounded === "units";
    this.sums = Array.from({ length: size }, () => ZERO);
    this.present = new Array<number>(size).fill(0);
    this.nonzero = new Array<number>(size).fill(0);
    this.decimals = new Array<number>(size).fill(0);
    this.percent = new Array<boolean | undefined>(size).fill(undefined);
    this.mixed = new Array<boolean>(size).fill(false);
  }

  /** Adds one part: its cell at each position. */
  add(cells: readonly AlignedCell[]): void {
    for (let j = 0; j < this.sums.length; j++) {
      const c = cells[j];
      if (!c) continue;
      this.sums[j] = (this.sums[j] as Decimal).plus(c.numeral);
      this.present[j] = (this.present[j] as number) + 1;
      if (!c.numeral.isZero()) this.nonzero[j] = (this.nonzero[j] as number) + 1;
      this.decimals[j] = Math.max(this.decimals[j] as number, c.decimals);
      if (this.percent[j] !== undefined && this.percent[j] !== c.percent) this.mixed[j] = true;
      this.percent[j] = c.percent;
    }
  }

  /** How the totals agree with the sums so far; `over` counts positions already past recovery. */
  fit(totals: readonly AlignedCell[]): Fit & { readonly over: number } {
    let matches = 0;
    const matched: number[] = [];
    let mismatches = 0;
    let over = 0;
    let odd: number | undefined;
    let slip = false;
    let substantial = false;
    for (let j = 0; j < this.sums.length; j++) {
      const total = totals[j];
      if (!total || this.mixed[j] || (this.present[j] && this.percent[j] !== total.percent))
        continue;
      const sum = this.sums[j] as Decimal;
      const decimals = Math.max(total.decimals, this.decimals[j] as number);
      const slack =
        decimals === 0 && !this.units
          ? ZERO
          : new Decimal(5)
              .times((this.present[j] as number) + 1)
              .dividedBy(new Decimal(10).pow(decimals + 1));
      const gap = total.numeral.minus(sum);
      if (gap.abs().lte(slack)) {
        if (total.numeral.isZero()) continue;
        matches++;
        matched.push(j);
        if ((this.nonzero[j] as number) >= 2) substantial = true;
      } else {
        mismatches++;
        odd = j;
        slip = keystroke(sum, total.numeral);
        // Parts are not negative: a sum past its total stays past it.
        if (gap.isNegative()) over++;
      }
    }
    return substantial
      ? { matches, matched, mismatches, odd, over, slip: mismatches === 1 && slip }
      : { matches: 0, matched: [], mismatches, odd, over };
  }
}

const ZERO = new Decimal(0);

/**
 * Whether a fit makes a relation: everywhere but once at most, and a slip only against three
 * agreeing, or against two when it is one keystroke from the sum.
 */
const holds = (f: Fit) =>
  f.matches >= 2 && f.mismatches <= 1 && (f.mismatches === 0 || f.matches >= 3 || f.slip === true);

/**
 * Rows that are totals of the rows after them, read from the bottom up: once a row is found to
 * be the total of a group, the group is folded into it, so a total above sees its subtotals only
 * ("TỔNG SỐ" = "Nhà nước" + "Ngoài nhà nước" + "FDI", each with its own parts beneath it). A row
 * may total several groups in turn (one per way of dividing it: by level, by source).
 */
function rowTotals(ctx: AuditContext, rows: readonly AlignedRow[], rounded: Rounded): ClaimDraft[] {
  const folded = new Set<number>();
  const groups: { total: AlignedRow; parts: AlignedRow[]; fit: Fit }[] = [];
  for (let i = rows.length - 3; i >= 0; i--) {
    const total = rows[i] as AlignedRow;
    const after: number[] = [];
    for (let j = i + 1; j < rows.length && after.length < LOOKAHEAD; j++)
      if (!folded.has(j)) after.push(j);
    for (let at = 0; at < after.length; ) {
      const group = firstGroup(total, rows, after.slice(at, at + MAX_PARTS), rounded);
      if (!group) break;
      for (const j of after.slice(at, at + group.taken)) folded.add(j);
      const parts = group.parts.map((j) => rows[j] as AlignedRow);
      const tally = new Tally(total.cells.length, rounded);
      for (const p of parts) tally.add(p.cells);
      groups.push({ total, parts, fit: tally.fit(total.cells) });
      at += group.taken;
    }
  }
  // A column that adds up nowhere in the table is no count ("So sánh (%)" without its sign): a
  // sum that fails there says nothing, so it is left out rather than called a slip.
  const additive = new Set(groups.flatMap((g) => g.fit.matched));
  return groups.flatMap(({ total, parts, fit: f }) => {
    const rowsOf = [total, ...parts];
    const odd = f.odd;
    // A slip keeps a figure's size; a column of indices or rates misses by the parts' number.
    const trusted =
      odd !== undefined &&
      (additive.has(odd) || near(total, parts, odd)) &&
      decimalsAt(rowsOf, [odd]) <= decimalsAt(rowsOf, f.matched);
    return rowDrafts(ctx, total, parts, odd !== undefined && !trusted ? odd : undefined, rounded);
  });
}

/** Whether the parts' sum in a column is within half the total of it. */
function near(total: AlignedRow, parts: readonly AlignedRow[], j: number): boolean {
  const t = total.cells[j];
  if (!t) return false;
  const sum = parts.reduce((s, p) => s.plus(p.cells[j]?.numeral ?? 0), new Decimal(0));
  return t.numeral.minus(sum).abs().lte(t.numeral.dividedBy(2));
}

/** The most decimals written in the given columns of the rows. */
function decimalsAt(rows: readonly AlignedRow[], columns: readonly number[]): number {
  let most = 0;
  for (const row of rows)
    for (const j of columns) most = Math.max(most, row.cells[j]?.decimals ?? 0);
  return most;
}

/**
 * The shortest run of rows (two or more) whose sums give the total's row; failing that, the same
 * with each row no larger than the part before it in any column taken for that part's own "trong
 * đó" row (passed over and folded, not added): "Chi đầu tư phát triển", "Trong đó: chi cho các dự
 * án", "Chi thường xuyên".
 */
function firstGroup(
  total: AlignedRow,
  rows: readonly AlignedRow[],
  next: readonly number[],
  rounded: Rounded,
): { parts: number[]; taken: number } | undefined {
  return runOf(total, rows, next, false, rounded) ?? runOf(total, rows, next, true, rounded);
}

function runOf(
  total: AlignedRow,
  rows: readonly AlignedRow[],
  next: readonly number[],
  subRows: boolean,
  rounded: Rounded,
): { parts: number[]; taken: number } | undefined {
  const tally = new Tally(total.cells.length, rounded);
  const parts: number[] = [];
  for (let m = 1; m <= next.length; m++) {
    const index = next[m - 1] as number;
    const row = rows[index] as AlignedRow;
    const previous = rows[parts[parts.length - 1] ?? -1];
    if (subRows && previous && within(row, previous)) continue;
    tally.add(row.cells);
    parts.push(index);
    if (parts.length < 2) continue;
    const f = tally.fit(total.cells);
    if (holds(f)) return { parts, taken: m };
    if (f.over >= 2) return undefined;
  }
  return undefined;
}

/** Whether a row is no larger than another in every column both fill. */
function within(row: AlignedRow, above: AlignedRow): boolean {
  return row.cells.every((c, j) => {
    const a = above.cells[j];
    return !c || !a || c.numeral.lte(a.numeral);
  });
}

function rowDrafts(
  ctx: AuditContext,
  total: AlignedRow,
  parts: readonly AlignedRow[],
  skip: number | undefined,
  rounded: Rounded,
): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  total.cells.forEach((cell, j) => {
    if (!cell || j === skip) return;
    const children = parts.flatMap((p, r): BreakdownRelationNode[] => {
      const c = p.cells[j];
      return c ? [{ figure: ctx.idOf(c), label: name(p.label, `${r + 1}`) }] : [];
    });
    const mixed = parts.some((p) => {
      const c = p.cells[j];
      return c !== null && c !== undefined && c.percent !== cell.percent;
    });
    if (children.length === 0 || mixed) return;
    const draft = relationDraft(
      ctx,
      "table",
      { start: cell.numberStart, end: cell.end },
      {
        kind: "breakdown",
        root: {
          figure: ctx.idOf(cell),
          label: `${name(total.label, "")} [${j + 1}]`,
          list: "all",
          children,
        },
        rounded,
      },
    );
    if (draft) drafts.push(draft);
  });
  return drafts;
}

/**
 * Columns that are totals of the columns after them ("Tổng số | Chia ra: …", or a rate that is
 * the difference of two before it): the shortest run that fits in every row but one; failing
 * that, the same run passing over one column that is the "trong đó" of the column before it (no
 * larger in any row): "Tổng số | Nông nghiệp | Công nghiệp và xây dựng | Trong đó: Công nghiệp
 * | Dịch vụ".
 */
function columnTotals(
  ctx: AuditContext,
  rows: readonly AlignedRow[],
  rounded: Rounded,
): ClaimDraft[] {
  const width = (rows[0] as AlignedRow).cells.length;
  const drafts: ClaimDraft[] = [];
  for (let a = 0; a + 2 < width; a++) {
    const found =
      columnRun(rows, a, undefined, rounded) ??
      ofWhichColumns(rows, a)
        .map((s) => columnRun(rows, a, s, rounded))
        .find((run) => run !== undefined);
    if (!found) continue;
    const { columns, fit: f } = found;
    // A row with more decimals than those that add up is a rate, not a count ("Tỷ lệ (%)").
    const agreeing = f.matched.map((r) => rows[r] as AlignedRow);
    const skip =
      f.odd !== undefined &&
      decimalsAt([rows[f.odd] as AlignedRow], [a, ...columns]) >
        decimalsAt(agreeing, [a, ...columns])
        ? rows[f.odd]
        : undefined;
    for (const row of rows) {
      if (row === skip) continue;
      const cell = row.cells[a];
      const run = columns.map((j) => ({ j, c: row.cells[j] ?? null }));
      const last = [...run].reverse().find((x) => x.c !== null)?.c;
      if (!cell || !last) continue;
      const draft = relationDraft(
        ctx,
        "table",
        { start: cell.numberStart, end: last.end },
        {
          kind: "breakdown",
          root: {
            figure: ctx.idOf(cell),
            label: `${name(row.label, "")} [${a + 1}]`,
            list: "all",
            children: run.flatMap(({ j, c }) =>
              c ? [{ figure: ctx.idOf(c), label: `[${j + 1}]` }] : [],
            ),
          },
          rounded,
        },
      );
      if (draft) drafts.push(draft);
    }
  }
  return drafts;
}

/**
 * The shortest run of columns after column `a` (passing over column `skip`) whose sums give it
 * in every row but one: against three rows that agree, or two when the odd one is a keystroke
 * from its sum.
 */
function columnRun(
  rows: readonly AlignedRow[],
  a: number,
  skip: number | undefined,
  rounded: Rounded,
): { columns: number[]; fit: Fit } | undefined {
  const width = (rows[0] as AlignedRow).cells.length;
  const totals = rows.map((r) => r.cells[a] ?? null);
  const tally = new Tally(rows.length, rounded);
  const columns: number[] = [];
  for (let j = a + 1; j < width && columns.length < MAX_PARTS; j++) {
    if (j === skip) continue;
    tally.add(rows.map((r) => r.cells[j] ?? null));
    columns.push(j);
    if (columns.length < 2) continue;
    const f = tally.fit(totals);
    if (f.over >= 2) return undefined;
    if (skip !== undefined && j < skip) continue;
    if ((f.matches >= 3 || f.slip === true) && holds(f)) return { columns, fit: f };
  }
  return undefined;
}

/** Columns after `a + 1` no larger than the column before them in any row: its "trong đó". */
function ofWhichColumns(rows: readonly AlignedRow[], a: number): number[] {
  const width = (rows[0] as AlignedRow).cells.length;
  const out: number[] = [];
  for (let s = a + 2; s < width && s <= a + MAX_PARTS; s++) {
    const inside = rows.every((r) => {
      const c = r.cells[s];
      const p = r.cells[s - 1];
      return !c || !p || (c.percent === p.percent && c.numeral.lte(p.numeral));
    });
    if (inside) out.push(s);
  }
  return out;
}

const name = (label: string, fallback: string) =>
  label.length > 60 ? `${label.slice(0, 57)}…` : label || fallback;

/**
 * Columns of percentages, each after the count it is a percentage of ("Trước hạn: Tổng | %"):
 * the base is the column that gives every row's percentage but one (the done column, not the
 * received one), tried among the count columns before it.
 */
function percentColumns(ctx: AuditContext, rows: readonly AlignedRow[]): ClaimDraft[] {
  const width = (rows[0] as AlignedRow).cells.length;
  const drafts: ClaimDraft[] = [];
  const counts = (j: number) =>
    rows.every((r) => r.cells[j] === null || r.cells[j]?.percent === false);
  for (let p = 1; p < width; p++) {
    if (!rows.every((r) => r.cells[p] === null || r.cells[p]?.percent) || !counts(p - 1)) continue;
    let best: { drafts: ClaimDraft[]; matches: number; mismatches: number } | undefined;
    for (let w = 0; w < p - 1; w++) {
      if (!counts(w)) continue;
      const tried = rows.flatMap((r) => {
        const [part, whole, stated] = [r.cells[p - 1], r.cells[w], r.cells[p]];
        if (!part || !whole || !stated || whole.numeral.isZero()) return [];
        const draft = relationDraft(
          ctx,
          "table",
          { start: part.numberStart, end: stated.end },
          {
            kind: "percentage",
            part: ctx.idOf(part),
            whole: ctx.idOf(whole),
            stated: ctx.idOf(stated),
            complement: false,
          },
        );
        return draft ? [draft] : [];
      });
      const wrong = tried.filter((d) => d.findings.some((f) => f.severity !== "info")).length;
      const candidate = { drafts: tried, matches: tried.length - wrong, mismatches: wrong };
      if (!best || candidate.matches > best.matches) best = candidate;
    }
    if (best && best.matches >= 2 && best.mismatches <= 1 && best.matches > best.mismatches)
      drafts.push(...best.drafts);
  }
  return drafts;
}
