import type { Severity } from "../findings/finding.js";

/** One entry of a code table: how serious, and what it means in both languages. */
export interface CalculatorCodeInfo {
  /** The finding's severity; `thrown` for the code of a {@link BaocaoError} a calculator throws. */
  readonly severity: Severity | "thrown";
  /** One line in English. */
  readonly en: string;
  /** One line in Vietnamese. */
  readonly vi: string;
}

/**
 * Every finding code the calculators produce, and every error code they throw, with its
 * severity and a one-line description (the source of docs/calculators/index.md's table).
 *
 * @example
 * ```ts
 * import { CALCULATOR_CODES } from "baocao";
 *
 * CALCULATOR_CODES.PERCENT_INCONSISTENT.severity; // "error"
 * ```
 */
export const CALCULATOR_CODES = {
  PERCENT_INCONSISTENT: {
    severity: "error",
    en: "The stated percentage does not follow from its counts under any accepted rounding.",
    vi: "Tỷ lệ ghi không khớp với các số liệu theo bất kỳ cách làm tròn nào được chấp nhận.",
  },
  PERCENT_ONLY_IF_TRUNCATED: {
    severity: "warning",
    en: "The stated percentage holds only if digits were cut off instead of rounded.",
    vi: "Tỷ lệ ghi chỉ đúng khi cắt bỏ chữ số thay vì làm tròn.",
  },
  PERCENT_OTHER_ROUNDING: {
    severity: "warning",
    en: "The stated percentage holds only under a lenient rounding (half to even, up or down).",
    vi: "Tỷ lệ ghi chỉ đúng theo một cách làm tròn khác (về số chẵn, lên hoặc xuống).",
  },
  PERCENT_COMPLEMENT: {
    severity: "warning",
    en: "The stated percentage holds only as 100 minus the rounded share of the rest.",
    vi: "Tỷ lệ ghi chỉ đúng khi tính bằng 100 trừ tỷ lệ đã làm tròn của phần còn lại.",
  },
  PERCENT_OTHER_BASE: {
    severity: "info",
    en: "The stated percentage fits another base from the same passage, not the one given.",
    vi: "Tỷ lệ ghi khớp với một mẫu số khác trong cùng đoạn, không phải mẫu số đã cho.",
  },
  PERCENT_QUALIFIER_FAILS: {
    severity: "error",
    en: "A qualified percentage (over, under, nearly, about...) does not hold for the exact value.",
    vi: "Tỷ lệ có từ chỉ mức (trên, dưới, gần, khoảng...) không đúng với giá trị chính xác.",
  },
  PERCENT_ZERO_BASE: {
    severity: "error",
    en: "A percentage is stated of a base that is zero.",
    vi: "Tỷ lệ được nêu trên một mẫu số bằng 0.",
  },
  PERCENT_UNREACHABLE: {
    severity: "error",
    en: "No whole number of the given whole can give the stated percentage (GRIM).",
    vi: "Không có số nguyên nào trên tổng đã cho cho ra tỷ lệ ghi (kiểm tra GRIM).",
  },
  PERCENT_REACHABLE_IF_LENIENT: {
    severity: "warning",
    en: "The stated percentage is reachable from the whole only under a lenient rounding.",
    vi: "Tỷ lệ ghi chỉ đạt được từ tổng đã cho theo một cách làm tròn khác.",
  },
  COMPLEMENT_SHARES_SUM: {
    severity: "error",
    en: "Shares of one whole do not add up to 100 % within what rounding allows.",
    vi: "Các tỷ lệ của cùng một tổng không cộng lại bằng 100% trong phạm vi sai số làm tròn.",
  },
  COMPLEMENT_COUNTS_SUM: {
    severity: "error",
    en: "The counts of the shares do not add up to their total.",
    vi: "Các số liệu thành phần không cộng lại bằng tổng.",
  },
  TOTAL_EXCEEDED: {
    severity: "error",
    en: "The parts of a breakdown add up to more than its total.",
    vi: "Các phần cộng lại vượt tổng số.",
  },
  TOTAL_SHORT: {
    severity: "error",
    en: "An exhaustive breakdown (gồm) adds up to less than its total.",
    vi: "Phần liệt kê đầy đủ (gồm) cộng lại ít hơn tổng số.",
  },
  TOTAL_TRANSPOSED: {
    severity: "warning",
    en: "A partial breakdown (trong đó) adds up to its total with two adjacent digits swapped: a typing slip?",
    vi: "Các phần (trong đó) cộng lại bằng tổng số bị đảo hai chữ số liền nhau: có thể gõ nhầm.",
  },
  TOTAL_PARTIAL: {
    severity: "info",
    en: "A partial breakdown (trong đó) covers less than its total; the rest is unnamed.",
    vi: "Phần liệt kê (trong đó) ít hơn tổng số; phần còn lại không được nêu.",
  },
  TABLE_ROW_TOTAL: {
    severity: "error",
    en: "A row's cells do not add up to the row's total.",
    vi: "Các ô của một dòng không cộng lại bằng ô tổng của dòng.",
  },
  TABLE_COLUMN_TOTAL: {
    severity: "error",
    en: "A column's cells do not add up to the total row.",
    vi: "Các ô của một cột không cộng lại bằng dòng tổng.",
  },
  TABLE_GRAND_TOTAL: {
    severity: "error",
    en: "The grand total does not equal the sum of the totals.",
    vi: "Ô tổng cộng không bằng tổng các ô tổng.",
  },
  TABLE_PERCENT_NO_BASE: {
    severity: "info",
    en: "A cell's percentage could not be checked: its base cell is blank.",
    vi: "Không kiểm tra được tỷ lệ của ô: ô mẫu số để trống.",
  },
  RESOLUTION_INTAKE_MISMATCH: {
    severity: "error",
    en: "New plus carried-over cases do not equal the number to resolve.",
    vi: "Số mới cộng số kỳ trước chuyển sang không bằng số phải giải quyết.",
  },
  RESOLUTION_BALANCE_MISMATCH: {
    severity: "error",
    en: "Resolved plus pending cases do not equal the number to resolve.",
    vi: "Số đã giải quyết cộng số còn lại không bằng số phải giải quyết.",
  },
  RESOLUTION_RESOLVED_EXCEEDS: {
    severity: "error",
    en: "More cases are said resolved than there were to resolve.",
    vi: "Số đã giải quyết lớn hơn số phải giải quyết.",
  },
  RESOLUTION_JURISDICTION_EXCEEDS_RECEIVED: {
    severity: "error",
    en: "More cases are said under the body's jurisdiction than it received.",
    vi: "Số thuộc thẩm quyền lớn hơn số đã tiếp nhận.",
  },
  RESOLUTION_WRONG_BASE: {
    severity: "error",
    en: "The resolution rate was computed on the wrong base (received instead of under jurisdiction, or the reverse).",
    vi: "Tỷ lệ giải quyết được tính trên sai mẫu số (số tiếp nhận thay vì số thuộc thẩm quyền, hoặc ngược lại).",
  },
  RESOLUTION_ASSUMED_BASE: {
    severity: "info",
    en: "The number under jurisdiction was not given; every received case is taken as the body's own.",
    vi: "Không có số thuộc thẩm quyền; coi mọi đơn tiếp nhận là thuộc thẩm quyền.",
  },
  CHANGE_WRONG_DIRECTION: {
    severity: "error",
    en: "The figures moved the other way than the stated increase or decrease.",
    vi: "Số liệu thay đổi ngược chiều với mức tăng hoặc giảm đã nêu.",
  },
  CHANGE_AMOUNT_MISMATCH: {
    severity: "error",
    en: "The stated change does not equal the difference between before and after.",
    vi: "Mức thay đổi ghi không bằng hiệu giữa số trước và số sau.",
  },
  CHANGE_IMPLIED_BASE: {
    severity: "info",
    en: "The earlier value is not written; it was derived from the current value and the change.",
    vi: "Số kỳ trước không được ghi; đã suy ra từ số hiện tại và mức thay đổi.",
  },
  CHANGE_PERCENT_UNREACHABLE: {
    severity: "error",
    en: "No whole-number earlier value gives the stated percentage change.",
    vi: "Không có số kỳ trước nguyên nào cho ra tỷ lệ thay đổi đã ghi.",
  },
  CHANGE_NOTHING_TO_CHECK: {
    severity: "info",
    en: "Nothing stated can be checked against the figures given.",
    vi: "Không có số liệu nào để đối chiếu.",
  },
  RATIO_IS_CHANGE: {
    severity: "error",
    en: "A ratio to the earlier value (bằng ...%) was written as the percentage change, or the reverse.",
    vi: "Tỷ lệ so với kỳ trước (bằng ...%) bị ghi bằng tỷ lệ thay đổi, hoặc ngược lại.",
  },
  AVERAGE_INCONSISTENT: {
    severity: "error",
    en: "The stated average (bình quân, trung bình) is not the total divided by the count, under any accepted rounding.",
    vi: "Số bình quân ghi không bằng tổng số chia cho số đơn vị, theo bất kỳ cách làm tròn nào được chấp nhận.",
  },
  AVERAGE_ONLY_IF_TRUNCATED: {
    severity: "warning",
    en: "The stated average holds only if digits of the quotient were cut off instead of rounded.",
    vi: "Số bình quân ghi chỉ đúng khi cắt bỏ chữ số của thương thay vì làm tròn.",
  },
  AVERAGE_OTHER_ROUNDING: {
    severity: "warning",
    en: "The stated average holds only under a lenient rounding (half to even, up or down).",
    vi: "Số bình quân ghi chỉ đúng theo một cách làm tròn khác (về số chẵn, lên hoặc xuống).",
  },
  RANK_EXCEEDS_COUNT: {
    severity: "error",
    en: "A rank is larger than the number ranked.",
    vi: "Thứ hạng lớn hơn tổng số đơn vị được xếp hạng.",
  },
  RANK_COUNT_MISMATCH: {
    severity: "error",
    en: "The number ranked is not the number of units in force at that date.",
    vi: "Tổng số đơn vị xếp hạng khác số đơn vị hành chính tại thời điểm đó.",
  },
  CALC_NOT_A_FIGURE: {
    severity: "thrown",
    en: "An input is not an exact figure (a Decimal, a JS-notation string, a bigint or a safe integer).",
    vi: "Một đầu vào không phải số chính xác.",
  },
  CALC_NEGATIVE: {
    severity: "thrown",
    en: "A count or amount that cannot be negative is negative.",
    vi: "Một số đếm hoặc số lượng mang giá trị âm.",
  },
  CALC_NOT_INTEGER: {
    severity: "thrown",
    en: "A figure that must be a whole number (a rank, a GRIM whole) is not.",
    vi: "Một số phải là số nguyên (thứ hạng, tổng trong kiểm tra GRIM) lại không phải.",
  },
  CALC_ZERO_WHOLE: {
    severity: "thrown",
    en: "The base of a percentage or ratio given directly is zero.",
    vi: "Mẫu số của tỷ lệ được truyền vào bằng 0.",
  },
  CALC_BAD_STATED: {
    severity: "thrown",
    en: 'A stated figure given as text is not written Vietnamese style ("84,90", "1.353").',
    vi: 'Số ghi dạng văn bản không đúng cách viết tiếng Việt ("84,90", "1.353").',
  },
  CALC_BAD_DECIMALS: {
    severity: "thrown",
    en: "A stated figure's decimals are not a whole number from 0 to 20, or its value has more.",
    vi: "Số chữ số thập phân không hợp lệ (0 đến 20) hoặc giá trị có nhiều chữ số hơn.",
  },
  CALC_BAD_TABLE: {
    severity: "thrown",
    en: "A table's total row or total column does not have one cell per column or row.",
    vi: "Dòng tổng hoặc cột tổng của bảng không có đủ số ô.",
  },
  CALC_TOO_DEEP: {
    severity: "thrown",
    en: "A breakdown is nested more than 1000 levels deep.",
    vi: "Cơ cấu chi tiết lồng nhau quá 1000 cấp.",
  },
} as const satisfies Readonly<Record<string, CalculatorCodeInfo>>;

/** A code of {@link CALCULATOR_CODES}. */
export type CalculatorCode = keyof typeof CALCULATOR_CODES;
