import type { CodeInfo } from "../dates/codes.js";
import { codeTable } from "../findings/code-table.js";
import { REFERENCE_SEVERITIES } from "./severities.js";

/**
 * Every error code `parseDocumentRef` throws and every finding code the reference scanner and
 * `checkDocumentRefs` return, with severity and a one-line description (docs are generated from
 * this table).
 *
 * @example
 * ```ts
 * import { REFERENCE_CODES } from "baocao";
 *
 * REFERENCE_CODES.REF_SLASH_LOST.severity; // "warning"
 * ```
 */
export const REFERENCE_CODES = codeTable(REFERENCE_SEVERITIES, {
  REF_EMPTY: { en: "The reference is empty.", vi: "Số, ký hiệu văn bản trống." },
  REF_UNKNOWN_SHAPE: {
    en: "The text is not a document reference of a known shape.",
    vi: "Chuỗi không phải số, ký hiệu văn bản theo mẫu đã biết.",
  },
  REF_NUMBER_ONLY: {
    en: "A document cited by its number alone (Quyết định số 217), without type and issuer codes.",
    vi: "Văn bản chỉ được trích số (Quyết định số 217), thiếu ký hiệu loại và cơ quan ban hành.",
  },
  REF_SPACING: {
    en: "Spaces inside the reference (114 - KL/TW for 114-KL/TW).",
    vi: "Có dấu cách trong số, ký hiệu (114 - KL/TW thay vì 114-KL/TW).",
  },
  REF_DASH: {
    en: "A dash other than the hyphen inside the reference (114–KL/TW).",
    vi: "Dùng gạch ngang dài thay cho gạch nối trong số, ký hiệu (114–KL/TW).",
  },
  REF_SLASH_LOST: {
    en: "The slash between type and issuer is missing (224-KH-TU for 224-KH/TU).",
    vi: "Thiếu dấu gạch chéo giữa loại văn bản và cơ quan ban hành (224-KH-TU).",
  },
  REF_PARTY_IN_STATE_SHAPE: {
    en: "A Party document written in the State shape (25/NQ-TW for 25-NQ/TW).",
    vi: "Văn bản của Đảng viết theo mẫu văn bản Nhà nước (25/NQ-TW thay vì 25-NQ/TW).",
  },
  REF_STATE_IN_PARTY_SHAPE: {
    en: "A State document written in the Party shape (16-CT/TTg for 16/CT-TTg).",
    vi: "Văn bản Nhà nước viết theo mẫu văn bản của Đảng (16-CT/TTg thay vì 16/CT-TTg).",
  },
  REF_NORMATIVE_WITHOUT_YEAR: {
    en: "A normative type (Nghị định, Thông tư, Pháp lệnh…) cited without the year in its number (individual decrees may rightly lack it).",
    vi: "Văn bản quy phạm pháp luật (nghị định, thông tư, pháp lệnh…) thiếu năm trong số, ký hiệu (nghị định cá biệt có thể không có năm).",
  },
  REF_CODE_FORM: {
    en: "A code written in a non-canonical form (TTG for TTg, HSPT for HS-PT).",
    vi: "Mã viết không đúng dạng chuẩn (TTG thay vì TTg, HSPT thay vì HS-PT).",
  },
  REF_UNKNOWN_TYPE: {
    en: "An unknown type code; a warning with a suggestion when a known code is one edit away.",
    vi: "Mã loại văn bản không có trong danh mục; cảnh báo kèm gợi ý khi gần giống một mã đã biết.",
  },
  REF_UNKNOWN_ISSUER: {
    en: "An unknown issuer code; a warning with a suggestion when a known code is one edit away.",
    vi: "Mã cơ quan ban hành không có trong danh mục; cảnh báo kèm gợi ý khi gần giống một mã đã biết.",
  },
  REF_KIND_MISMATCH: {
    en: "The kind word contradicts the type code (Chỉ thị số 05-KL/TW).",
    vi: "Tên loại văn bản không khớp với mã loại (Chỉ thị số 05-KL/TW).",
  },
  REF_DATE_INVALID: {
    en: "The citation's date does not exist in the calendar.",
    vi: "Ngày ban hành được trích dẫn không có thật.",
  },
  REF_DATES_DIFFER: {
    en: "The same document is cited with two different dates in one text.",
    vi: "Cùng một văn bản được trích dẫn với hai ngày ban hành khác nhau.",
  },
  REF_DATE_CONTRADICTS_REGISTRY: {
    en: "The cited date differs from the known date of that document.",
    vi: "Ngày ban hành được trích dẫn khác ngày ban hành đã biết của văn bản.",
  },
  REF_TERM_CONTRADICTS_REGISTRY: {
    en: "The cited Party term differs from the known term of that document.",
    vi: "Khóa được trích dẫn khác khóa đã biết của văn bản.",
  },
  REF_DATED_AFTER_REPORT: {
    en: "A cited document is dated after the report citing it.",
    vi: "Văn bản được trích dẫn có ngày ban hành sau ngày của báo cáo.",
  },
}) satisfies Record<string, CodeInfo>;

/** A code of {@link REFERENCE_CODES}. */
export type ReferenceCode = keyof typeof REFERENCE_CODES;
