// Word tables for figures in Vietnamese reports. Data only: the matching logic is in match.ts.
// Every text is written in NFC lower case; matching also accepts NFD and any letter case.

/**
 * What a qualifier ("từ hạn định") says about the figure after it.
 * - `over`: trên, hơn, vượt (the true value is above the figure)
 * - `under`: dưới, chưa đến (below)
 * - `nearly`: gần, xấp xỉ (just below or at)
 * - `about`: khoảng, ước, trên dưới (around, either side)
 * - `at-least`: tối thiểu, ít nhất, không dưới
 * - `at-most`: tối đa, không quá, không vượt quá
 */
export type QualifierKind = "over" | "under" | "nearly" | "about" | "at-least" | "at-most";

/**
 * What a lead verb before a figure claims: `reached` (đạt), `accounts-for` (chiếm) or
 * `equivalent` (tương đương, tương ứng, bằng, "=").
 */
export type LeadKind = "reached" | "accounts-for" | "equivalent";

/** One qualifier word or phrase and its kind. */
export interface QualifierWord {
  /** The words as written, NFC lower case ("không vượt quá"). */
  readonly text: string;
  /** What the qualifier claims. */
  readonly kind: QualifierKind;
}

/** One lead verb or phrase and its kind. */
export interface LeadWord {
  /** The words as written, NFC lower case ("tương đương"), or a symbol ("="). */
  readonly text: string;
  /** What the lead claims. */
  readonly kind: LeadKind;
}

/**
 * A word magnitude ("từ chỉ bậc số") multiplying the numeral before it: "10 vạn" is 100 000.
 * `moneyOnly` marks abbreviations ("tr." for triệu) read as a magnitude only when a money unit
 * follows ("11.796,9 tr.đ"), since "tr" alone has other meanings ("trang").
 */
export interface MagnitudeWord {
  /** The word as written, NFC lower case. */
  readonly text: string;
  /** The full word it stands for ("triệu" for "tr."). */
  readonly canonical: string;
  /** The power of ten it multiplies by. */
  readonly exponent: number;
  /** True when it is a magnitude only before a money unit. */
  readonly moneyOnly?: true;
  /** Words that make it part of another word: "tỷ lệ" (rate) is not a magnitude. */
  readonly notBefore?: readonly string[];
}

/**
 * The family of a unit: a count of people or things, a measure, money, time or a percentage.
 */
export type UnitKind = "count" | "measure" | "money" | "time" | "percent";

/** One unit word ("đơn vị tính") as it follows a figure. */
export interface UnitWord {
  /** The unit as written, NFC lower case ("lượt người", "tthc", "m2"). */
  readonly text: string;
  /** The unit it stands for ("thủ tục hành chính" for "tthc", "m²" for "m2"). */
  readonly canonical: string;
  /** The unit's family. */
  readonly kind: UnitKind;
  /** True when it may be written glued to the digits ("5ha", "333km", "500đ"). */
  readonly glued?: true;
}

/** Every qualifier the scanner recognises before a figure, with its kind. */
export const QUALIFIER_WORDS: readonly QualifierWord[] = [
  { text: "trên", kind: "over" },
  { text: "hơn", kind: "over" },
  { text: "vượt", kind: "over" },
  { text: "vượt quá", kind: "over" },
  { text: "vượt trên", kind: "over" },
  { text: "dưới", kind: "under" },
  { text: "chưa đến", kind: "under" },
  { text: "chưa tới", kind: "under" },
  { text: "chưa đầy", kind: "under" },
  { text: "không đến", kind: "under" },
  { text: "ít hơn", kind: "under" },
  { text: "gần", kind: "nearly" },
  { text: "gần như", kind: "nearly" },
  { text: "xấp xỉ", kind: "nearly" },
  { text: "khoảng", kind: "about" },
  { text: "khoảng chừng", kind: "about" },
  { text: "chừng", kind: "about" },
  { text: "ước", kind: "about" },
  { text: "ước tính", kind: "about" },
  { text: "ước đạt", kind: "about" },
  { text: "trên dưới", kind: "about" },
  { text: "tối thiểu", kind: "at-least" },
  { text: "tối thiểu từ", kind: "at-least" },
  { text: "ít nhất", kind: "at-least" },
  { text: "không dưới", kind: "at-least" },
  { text: "không ít hơn", kind: "at-least" },
  { text: "tối đa", kind: "at-most" },
  { text: "nhiều nhất", kind: "at-most" },
  { text: "không quá", kind: "at-most" },
  { text: "không vượt quá", kind: "at-most" },
  { text: "không hơn", kind: "at-most" },
  { text: "không nhiều hơn", kind: "at-most" },
];

/** Every lead verb the scanner recognises before a figure (or before its qualifier). */
export const LEAD_WORDS: readonly LeadWord[] = [
  { text: "đạt", kind: "reached" },
  { text: "đạt được", kind: "reached" },
  { text: "đạt tỷ lệ", kind: "reached" },
  { text: "đạt tỉ lệ", kind: "reached" },
  { text: "chiếm", kind: "accounts-for" },
  { text: "chiếm tỷ lệ", kind: "accounts-for" },
  { text: "chiếm tỉ lệ", kind: "accounts-for" },
  { text: "tương đương", kind: "equivalent" },
  { text: "tương đương với", kind: "equivalent" },
  { text: "tương ứng", kind: "equivalent" },
  { text: "tương ứng với", kind: "equivalent" },
  { text: "bằng", kind: "equivalent" },
  { text: "=", kind: "equivalent" },
];

/** Word magnitudes, including the money-only abbreviation "tr."/"tr" (triệu). */
export const MAGNITUDE_WORDS: readonly MagnitudeWord[] = [
  { text: "vạn", canonical: "vạn", exponent: 4 },
  { text: "nghìn", canonical: "nghìn", exponent: 3 },
  { text: "ngàn", canonical: "nghìn", exponent: 3 },
  { text: "triệu", canonical: "triệu", exponent: 6, notBefore: ["tập", "chứng"] },
  { text: "tỷ", canonical: "tỷ", exponent: 9, notBefore: ["lệ", "trọng", "giá", "số"] },
  { text: "tỉ", canonical: "tỷ", exponent: 9, notBefore: ["lệ", "trọng", "giá", "số"] },
  { text: "tr.", canonical: "triệu", exponent: 6, moneyOnly: true },
  { text: "tr", canonical: "triệu", exponent: 6, moneyOnly: true },
];

const count = (text: string, canonical = text): UnitWord => ({ text, canonical, kind: "count" });

/** Every unit the scanner recognises after a figure; longer phrases win over their prefixes. */
export const UNIT_WORDS: readonly UnitWord[] = [
  // People.
  count("người"),
  count("lượt"),
  count("lượt người"),
  count("hộ"),
  count("hộ gia đình"),
  count("khẩu"),
  count("nhân khẩu"),
  count("cán bộ"),
  count("công chức"),
  count("viên chức"),
  count("đảng viên"),
  count("đồng chí"),
  count("đ/c", "đồng chí"),
  count("đại biểu"),
  count("học viên"),
  count("học sinh"),
  count("lao động"),
  count("trường hợp"),
  count("tập thể"),
  count("cá nhân"),
  count("biên chế"),
  // Petitions, cases, documents.
  count("đơn"),
  count("đơn thư"),
  count("vụ"),
  count("vụ việc"),
  count("vụ án"),
  count("hồ sơ"),
  count("thủ tục"),
  count("thủ tục hành chính"),
  count("tthc", "thủ tục hành chính"),
  count("văn bản"),
  count("vbqppl", "văn bản quy phạm pháp luật"),
  count("quyết định"),
  count("kế hoạch"),
  count("công văn"),
  count("tin"),
  count("bài"),
  count("tin bài"),
  count("kiến nghị"),
  count("ý kiến"),
  count("tiêu chí"),
  count("chỉ tiêu"),
  // Events and activities.
  count("cuộc"),
  count("hội nghị"),
  count("lớp"),
  count("buổi"),
  count("đợt"),
  count("đoàn"),
  count("đoàn kiểm tra"),
  count("mô hình"),
  count("điển hình"),
  count("công trình"),
  count("dự án"),
  // Administrative units and bodies.
  count("xã"),
  count("phường"),
  count("thị trấn"),
  count("thôn"),
  count("tổ"),
  count("tổ dân phố"),
  count("tdp", "tổ dân phố"),
  count("bản"),
  count("làng"),
  count("xóm"),
  count("ấp"),
  count("khu phố"),
  count("huyện"),
  count("quận"),
  count("thị xã"),
  count("thành phố"),
  count("tỉnh"),
  count("đơn vị"),
  count("đơn vị hành chính"),
  count("cơ quan"),
  count("sở"),
  count("phòng"),
  count("ban"),
  count("ngành"),
  count("chi bộ"),
  count("đảng bộ"),
  count("tổ chức"),
  count("tổ chức cơ sở đảng"),
  // Measures.
  { text: "ha", canonical: "ha", kind: "measure", glued: true },
  { text: "héc-ta", canonical: "ha", kind: "measure" },
  { text: "hécta", canonical: "ha", kind: "measure" },
  { text: "km", canonical: "km", kind: "measure", glued: true },
  { text: "km2", canonical: "km²", kind: "measure", glued: true },
  { text: "km²", canonical: "km²", kind: "measure", glued: true },
  { text: "m", canonical: "m", kind: "measure", glued: true },
  { text: "mét", canonical: "m", kind: "measure" },
  { text: "m2", canonical: "m²", kind: "measure", glued: true },
  { text: "m²", canonical: "m²", kind: "measure", glued: true },
  { text: "kg", canonical: "kg", kind: "measure", glued: true },
  { text: "tấn", canonical: "tấn", kind: "measure" },
  { text: "điểm", canonical: "điểm", kind: "measure" },
  // Money.
  { text: "đồng", canonical: "đồng", kind: "money" },
  { text: "đ", canonical: "đồng", kind: "money", glued: true },
  { text: "vnđ", canonical: "đồng", kind: "money", glued: true },
  { text: "usd", canonical: "USD", kind: "money" },
  // Time spans.
  { text: "năm", canonical: "năm", kind: "time" },
  { text: "tháng", canonical: "tháng", kind: "time" },
  { text: "ngày", canonical: "ngày", kind: "time" },
  { text: "giờ", canonical: "giờ", kind: "time" },
  // Percent.
  { text: "%", canonical: "%", kind: "percent", glued: true },
];
