import type { VietnameseDate } from "../dates/shapes.js";

/**
 * The families of document references, each with its own shape:
 * - `party`: `NUMBER-TYPE/ISSUER` (114-KL/TW, 24-KH/HU; joint issuers joined by "-")
 * - `administrative`: `NUMBER/TYPE-ISSUER` (244/KH-UBND, 16/CT-TTg, 3262/QC-UBND-MT&ĐT)
 * - `letter` (công văn): `NUMBER/ISSUER-UNIT`, no type code (5482/UBND-TH)
 * - `normative` (văn bản quy phạm pháp luật): `NUMBER/YEAR/TYPE-ISSUER` (04/2015/NĐ-CP); a law
 *   has no type code (25/2013/QH13)
 * - `court` (bản án): `NUMBER/YEAR/CASE-INSTANCE` (06/2015/HS-ST)
 */
export const DOCUMENT_FAMILIES = [
  "party",
  "administrative",
  "letter",
  "normative",
  "court",
] as const;

/** One of {@link DOCUMENT_FAMILIES}. */
export type DocumentFamily = (typeof DOCUMENT_FAMILIES)[number];

/**
 * A reference to a document ("số, ký hiệu văn bản"), canonicalised, with what the citing text
 * says about it. Plain data.
 */
export interface DocumentRef {
  /** The family, which decides the shape (see {@link DOCUMENT_FAMILIES}). */
  readonly family: DocumentFamily;
  /** The number as written, leading zeros and letter suffix kept ("114", "08", "30c"). */
  readonly number: string;
  /** The year in the reference (normative and court references only). */
  readonly year?: number;
  /** The type code ("KL", "NĐ", "HS-ST"); absent for a công văn and a law. */
  readonly type?: string;
  /** Issuer code(s), several for joint documents ("UBTVQH14", "CP", "ĐCTTWMTTQVN"). */
  readonly issuers: readonly string[];
  /** The drafting unit after the issuer of a công văn ("TH" in 5482/UBND-TH). */
  readonly unit?: string;
  /** The kind word the text puts before it ("Kết luận", "Nghị định", "Văn bản"). */
  readonly kind?: string;
  /** The date the text gives for it. */
  readonly date?: VietnameseDate;
  /** The Party term the text gives, as a Roman numeral ("XI" from "khóa XI" or "khoá XI"). */
  readonly term?: string;
  /** The issuing body's name the text gives ("Ban Bí thư Trung ương Đảng"). */
  readonly body?: string;
}
