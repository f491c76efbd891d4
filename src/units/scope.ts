import { matchKey } from "../core/text.js";
import type { NamedUnitMention } from "./mention-types.js";
import { scanUnitText } from "./scan.js";
import type { UnitToken } from "./tokens.js";
import { UNIT_LEVELS } from "./types.js";

/** The unit a report is written for, and where that was read. */
export interface ReportScope {
  /** The mention naming the unit (with its organ: UBND, HĐND, Tỉnh ủy…). */
  readonly unit: NamedUnitMention;
  /** `header`: the issuing body above the title; `body`: "UBND huyện X báo cáo…" in the opening. */
  readonly source: "header" | "body";
}

const BAO = matchKey("báo");
const CAO = matchKey("cáo");
// The opening the body rule looks at: enough for the header, the title and the first paragraph.
const OPENING = 4000;

/**
 * Reads which unit writes a report: from the issuing body in the header ("ỦY BAN NHÂN DÂN HUYỆN
 * X", "TỈNH ỦY Y"; of two lines, the lower-level unit issues), or else from the first paragraph
 * ("Ủy ban nhân dân huyện X báo cáo…"). The header is everything above the first line reading
 * "BÁO CÁO".
 *
 * @param text - the report text
 * @returns the scope, or undefined when neither place names a unit with its organ
 * @example
 * ```ts
 * import { findReportScope } from "baocao";
 *
 * const scope = findReportScope("UBND TỈNH HÀ NAM\nUBND HUYỆN KIM BẢNG\n\nBÁO CÁO\nKết quả năm 2020");
 * scope?.unit.name; // "KIM BẢNG"
 * ```
 */
export function findReportScope(text: string): ReportScope | undefined {
  const opening = text.slice(0, OPENING);
  const { mentions, tokens } = scanUnitText(opening);
  const headerEnd = titleOffset(tokens);
  let header: NamedUnitMention | undefined;
  for (const { mention } of mentions) {
    if (mention.kind !== "unit" || mention.organ === undefined || mention.start >= headerEnd)
      continue;
    if (
      header === undefined ||
      UNIT_LEVELS.indexOf(mention.level) >= UNIT_LEVELS.indexOf(header.level)
    ) {
      header = mention;
    }
  }
  if (header !== undefined) return { unit: header, source: "header" };
  for (const { mention, last } of mentions) {
    if (mention.kind !== "unit" || mention.organ === undefined) continue;
    const words = tokens.slice(last + 1, last + 6).filter((t) => t.kind === "word");
    if (words[0]?.key === BAO && words[1]?.key === CAO) {
      return { unit: mention, source: "body" };
    }
  }
  return undefined;
}

/** Offset of the first line that reads "BÁO CÁO" in capitals (NFC or NFD), or 0. */
function titleOffset(tokens: readonly UnitToken[]): number {
  const lineEdge = (t: UnitToken | undefined): boolean =>
    t === undefined || (t.kind === "space" && t.lineBreak);
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    const first = tokens[i];
    const second = tokens[i + 2];
    if (
      first !== undefined &&
      first.key === BAO &&
      second?.key === CAO &&
      first.text === first.text.toUpperCase() &&
      lineEdge(tokens[i - 1]) &&
      lineEdge(tokens[i + 3])
    ) {
      return first.start;
    }
  }
  return 0;
}
