import { dateExpression, decodeDate } from "./grammar.js";
import type { VietnameseDate } from "./shapes.js";
import { createTextView } from "./text-view.js";

/** Where a report's own date was read from. */
export interface ReportDateToken {
  /** Offset of the date in the original text. */
  readonly start: number;
  /** Offset past the date. */
  readonly end: number;
  /** The date as written. */
  readonly raw: string;
  /** The date. */
  readonly date: VietnameseDate;
  /**
   * `header`: the place-and-date line ("Kbang, ngày 30 tháng 10 năm 2020"); `attachment`: an
   * appendix "kèm theo Báo cáo số …, ngày …"; `mention`: another "Báo cáo số …, ngày …".
   */
  readonly source: "header" | "attachment" | "mention";
}

// "Kbang, ngày 30 tháng 10 năm 2020" on a line of its own start (a place name, a comma, a date).
const HEADER = new RegExp(
  `^[ \\t]*\\p{Lu}[\\p{L}\\p{M} .'\\-]{0,40},[ \\t]*${dateExpression("h", { bare: false, dayOnly: true })}`,
  "mu",
);
const ATTACHMENT = new RegExp(
  `kèm theo\\s{1,3}báo cáo\\s{1,3}số\\s{0,3}[^,;\\n]{1,40}?,?\\s{0,3}${dateExpression("a", { bare: false, dayOnly: true })}`,
  "iu",
);
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{M}])Báo cáo\\s{1,3}số\\s{0,3}[^,;\\n]{1,40}?,?\\s{0,3}${dateExpression("m", { bare: false, dayOnly: true })}`,
  "u",
);

/**
 * Finds the report's own date: from its header line ("Kbang, ngày 30 tháng 10 năm 2020"), else
 * from an appendix line "kèm theo Báo cáo số 12-BC/HU, ngày 07/8/2020", else from a mention
 * "Báo cáo số …, ngày …". Returns undefined when the text gives none.
 *
 * @param text - the whole report
 * @returns the date with its span and source, or undefined
 * @example
 * ```ts
 * import { findReportDate } from "baocao";
 *
 * findReportDate("BÁO CÁO\nĐông Hà, ngày 05 tháng 11 năm 2021\nKết quả…")?.date.iso; // "2021-11-05"
 * ```
 */
export function findReportDate(text: string): ReportDateToken | undefined {
  const original = typeof text === "string" ? text : "";
  const view = createTextView(original);
  const tries = [
    [HEADER, "h", "header"],
    [ATTACHMENT, "a", "attachment"],
    [MENTION, "m", "mention"],
  ] as const;
  for (const [pattern, p, source] of tries) {
    const match = pattern.exec(view.text);
    const decoded = match?.groups ? decodeDate(match.groups, p) : undefined;
    const dateText = match?.groups?.[p];
    if (!match || !decoded?.ok || dateText === undefined) continue;
    const endInView = match.index + match[0].length;
    const { start, end } = view.toOriginal(endInView - dateText.length, endInView);
    return { start, end, raw: original.slice(start, end), date: decoded.date, source };
  }
  return undefined;
}
