import type { Severity } from "../findings/finding.js";

/** One finding or error code of the indicators module, for generated documentation. */
export interface IndicatorCodeInfo {
  /** How serious findings with this code are (`error` for thrown errors). */
  readonly severity: Severity;
  /** One line in English. */
  readonly en: string;
  /** One line in Vietnamese. */
  readonly vi: string;
}

/**
 * Every stable code the indicators module produces: the indicator-specific findings the auditor
 * adds on top of the arithmetic, and the errors of an invalid catalogue.
 */
export const INDICATOR_CODES = {
  INDICATOR_WRONG_BASE: {
    severity: "warning",
    en: "A share or rate is computed on a base reports commonly use by mistake (cases received instead of those under jurisdiction); the finding names the right base.",
    vi: "Tỷ lệ được tính trên mẫu số hay bị dùng nhầm (số đơn tiếp nhận thay cho số đơn thuộc thẩm quyền); phát hiện nêu mẫu số đúng.",
  },
  INDICATOR_ABOVE_RANGE: {
    severity: "error",
    en: "A share or rate is above what the indicator allows (a resolution rate over 100 %).",
    vi: "Tỷ lệ vượt giới hạn của chỉ tiêu (tỷ lệ giải quyết trên 100%).",
  },
  INDICATOR_BELOW_RANGE: {
    severity: "error",
    en: "A value is below what the indicator allows.",
    vi: "Giá trị thấp hơn giới hạn dưới của chỉ tiêu.",
  },
  INDICATOR_COUNT_NOT_WHOLE: {
    severity: "error",
    en: "A count of people, cases or units is not a whole number.",
    vi: "Số đếm (người, vụ việc, đơn vị) không phải số nguyên.",
  },
  INDICATOR_SCORE_OUT_OF_SCALE: {
    severity: "error",
    en: "An index score lies outside the index's scale for that year (PAPI 2019 on 8–80).",
    vi: "Điểm chỉ số nằm ngoài thang điểm của chỉ số trong năm đó (PAPI 2019 trên thang 8–80).",
  },
  INDICATOR_SCORE_WRONG_UNIT: {
    severity: "warning",
    en: "An index scored in points on a scale other than 100 is written as a percentage.",
    vi: "Chỉ số tính bằng điểm (thang khác 100) lại được ghi bằng phần trăm.",
  },
  INDICATOR_RANK_BEYOND_COUNT: {
    severity: "error",
    en: "A province's rank on an index is beyond the number of provinces ranked that year.",
    vi: "Thứ hạng của tỉnh trên một chỉ số lớn hơn số tỉnh, thành phố được xếp hạng năm đó.",
  },
  INDICATOR_INVALID: {
    severity: "error",
    en: "Thrown: an indicator given to createCatalogue does not fit the schema, or auditText was given an array of indicators instead of a catalogue.",
    vi: "Lỗi: chỉ tiêu đưa vào createCatalogue không đúng lược đồ, hoặc auditText nhận một mảng chỉ tiêu thay vì một danh mục.",
  },
  INDICATOR_DUPLICATE_ID: {
    severity: "error",
    en: "Thrown: two indicators of one catalogue share an id.",
    vi: "Lỗi: hai chỉ tiêu trong một danh mục trùng mã.",
  },
} as const satisfies Record<string, IndicatorCodeInfo>;

/** A stable code of the indicators module. */
export type IndicatorCode = keyof typeof INDICATOR_CODES;
