import type { DocumentRef } from "./shapes.js";

/** Options of {@link formatDocumentRef}. */
export interface FormatOptions {
  /**
   * `symbol` (default): the canonical reference only ("114-KL/TW"). `citation`: with the kind
   * word, date, body and term the reference carries ("Kết luận số 114-KL/TW ngày 14/7/2015 của
   * Ban Bí thư (khóa XI)").
   */
  readonly style?: "symbol" | "citation";
}

/**
 * Writes a reference in its canonical form: 114-KL/TW, 244/KH-UBND, 5482/UBND-TH,
 * 04/2015/NĐ-CP, 34/2007/PL-UBTVQH11, 403/2017/NQLT-UBTVQH14-CP-ĐCTTWMTTQVN, 11-QĐi/TW,
 * 3262/QC-UBND-MT&ĐT, 06/2015/HS-ST.
 *
 * @param ref - the reference
 * @param options - `style: "citation"` to add kind word, date, body and term
 * @returns the canonical text
 * @example
 * ```ts
 * import { formatDocumentRef, parseDocumentRef } from "baocao";
 *
 * formatDocumentRef(parseDocumentRef("114 –KL/TW")); // "114-KL/TW"
 * formatDocumentRef({ family: "letter", number: "77", issuers: ["UBND"], unit: "VX" }); // "77/UBND-VX"
 * ```
 */
export function formatDocumentRef(ref: DocumentRef, options: FormatOptions = {}): string {
  const issuers = ref.issuers.join("-");
  const type = ref.type ?? "";
  let symbol: string;
  switch (ref.family) {
    case "party":
      symbol = `${ref.number}-${type}/${issuers}`;
      break;
    case "administrative":
      symbol = `${ref.number}/${type}-${issuers}`;
      break;
    case "letter":
      symbol = `${ref.number}/${issuers}${ref.unit === undefined ? "" : `-${ref.unit}`}`;
      break;
    case "normative":
      symbol = `${ref.number}/${ref.year ?? ""}/${type === "" ? "" : `${type}-`}${issuers}`;
      break;
    case "court":
      symbol = `${ref.number}/${ref.year ?? ""}/${type}`;
      break;
  }
  if (options.style !== "citation") return symbol;
  const parts = [ref.kind === undefined ? `Số ${symbol}` : `${ref.kind} số ${symbol}`];
  const d = ref.date;
  if (d?.day !== undefined) parts.push(`ngày ${d.day}/${d.month}/${d.year}`);
  else if (d?.month !== undefined) parts.push(`tháng ${d.month}/${d.year}`);
  else if (d !== undefined) parts.push(`năm ${d.year}`);
  if (ref.body !== undefined) parts.push(`của ${ref.body}`);
  if (ref.term !== undefined) parts.push(`(khóa ${ref.term})`);
  return parts.join(" ");
}
