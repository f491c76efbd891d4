import { codeTable } from "../findings/code-table.js";
import type { Severity } from "../findings/finding.js";
import { UNIT_SEVERITIES } from "./severities.js";

/** One finding or error code of the units module, for generated documentation. */
export interface UnitCodeInfo {
  /** How serious findings with this code are (`error` for thrown errors). */
  readonly severity: Severity;
  /** One line in English. */
  readonly en: string;
  /** One line in Vietnamese. */
  readonly vi: string;
}

/**
 * Every stable code the units module produces: findings of the text checks, data warnings of
 * the commune registry (`baocao/units`), and the codes of the errors it throws.
 */
export const UNIT_CODES = codeTable(UNIT_SEVERITIES, {
  UNIT_COUNT_BREAKDOWN_MISMATCH: {
    en: "A count of units does not equal the sum of its breakdown by type.",
    vi: "Tổng số đơn vị hành chính không bằng tổng các loại đơn vị kể ra.",
  },
  UNIT_COVERAGE_EXCEEDS_TOTAL: {
    en: "A coverage figure covers more units than its total (15/14).",
    vi: "Số đơn vị đạt lớn hơn tổng số đơn vị (15/14).",
  },
  UNIT_COVERAGE_TOTAL_MISMATCH: {
    en: "The total of a coverage figure differs from the count of those units stated elsewhere.",
    vi: "Tổng số trong tỷ lệ bao phủ khác với số đơn vị nêu ở chỗ khác trong văn bản.",
  },
  UNIT_MERGER_MISMATCH: {
    en: "The reduction stated for a merger differs from merged minus formed units.",
    vi: "Số đơn vị giảm sau sáp nhập khác với số đơn vị sáp nhập trừ số đơn vị hình thành.",
  },
  UNIT_RANK_EXCEEDS_COUNT: {
    en: "A rank is larger than the number ranked (xếp thứ 65/63).",
    vi: "Thứ hạng lớn hơn tổng số đơn vị được xếp hạng (xếp thứ 65/63).",
  },
  UNIT_RANK_COUNT_MISMATCH: {
    en: "A rank among provinces counts another number of provinces than were in force on the report's date.",
    vi: "Xếp hạng giữa các tỉnh, thành phố dùng số tỉnh khác với số tỉnh, thành phố tại ngày báo cáo.",
  },
  UNIT_PROVINCE_COUNT_MISMATCH: {
    en: "A count of provinces differs from the number in force on the report's date.",
    vi: "Số tỉnh, thành phố nêu ra khác với số tỉnh, thành phố tại ngày báo cáo.",
  },
  UNIT_REGISTRY_COUNT_MISMATCH: {
    en: "The number of units stated for a named unit differs from the registry on the report's date.",
    vi: "Số đơn vị hành chính nêu cho một đơn vị khác với danh mục tại ngày báo cáo.",
  },
  UNIT_REGISTRY_UNKNOWN_UNIT: {
    en: "A named commune did not exist in the named district or province on the report's date.",
    vi: "Đơn vị cấp xã được nêu không có trong huyện/tỉnh đó tại ngày báo cáo.",
  },
  UNIT_REGISTRY_MERGER_MISMATCH: {
    en: "The before/after counts of a merger differ from the registry.",
    vi: "Số đơn vị trước/sau sắp xếp khác với danh mục.",
  },
  UNIT_REGISTRY_BEFORE_DATA: {
    en: "The report predates the earliest registry snapshot (1/3/2025); its units were not checked.",
    vi: "Báo cáo có ngày trước bản danh mục sớm nhất (1/3/2025); không kiểm tra đơn vị hành chính.",
  },
  UNIT_DATA_CODE_MISMATCH: {
    en: "The formed-from mapping gives a new unit another code than the unit list.",
    vi: "Bảng sắp xếp ghi mã đơn vị mới khác với danh mục.",
  },
  UNIT_DATA_NAME_SPELLING: {
    en: "The formed-from mapping spells a unit's name otherwise than the unit list.",
    vi: "Bảng sắp xếp viết tên đơn vị khác với danh mục.",
  },
  UNIT_DATA_UNKNOWN_OLD_CODE: {
    en: "The mapping names old codes missing from the 1/3/2025 list (communes merged before it).",
    vi: "Bảng sắp xếp nêu mã cũ không có trong danh mục 1/3/2025 (xã đã sáp nhập trước đó).",
  },
  UNIT_DATA_NO_COMMUNE_LEVEL: {
    en: "Districts without a commune level before the reform; the mapping names them by district code.",
    vi: "Huyện không có đơn vị cấp xã trước sắp xếp; bảng sắp xếp ghi theo mã huyện.",
  },
  UNIT_DATA_LOWER_CASE_TYPE: {
    en: "A source wrote a unit's type in lower case; it was normalised.",
    vi: "Nguồn viết loại đơn vị bằng chữ thường; đã chuẩn hóa.",
  },
  UNIT_DATA_UNREADABLE_NAME: {
    en: "A source name does not start with a known unit type; the record was left out.",
    vi: "Tên trong nguồn không bắt đầu bằng loại đơn vị đã biết; bỏ qua bản ghi.",
  },
  UNIT_DATA_UNRESOLVED_CODE: {
    en: "The mapping names a new unit the list lacks and no unit of that name could stand in.",
    vi: "Bảng sắp xếp nêu đơn vị mới không có trong danh mục và không tìm được đơn vị cùng tên.",
  },
  UNIT_BAD_DATE: {
    en: "Thrown: a date argument is not a valid day.",
    vi: "Lỗi: ngày truyền vào không hợp lệ.",
  },
  UNIT_DATASET_INVALID: {
    en: "Thrown by loadUnits: the dataset does not match the unit schema.",
    vi: "Lỗi của loadUnits: dữ liệu không đúng lược đồ đơn vị hành chính.",
  },
}) satisfies Record<string, UnitCodeInfo>;

/** A code of {@link UNIT_CODES}. */
export type UnitCode = keyof typeof UNIT_CODES;
