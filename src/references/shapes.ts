import { z } from "zod";
import { type VietnameseDate, vietnameseDateSchema } from "../dates/shapes.js";

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

const CODE = /^[A-ZĐ][A-Za-zĐđ&]*\d{0,2}$/u;

/**
 * The zod schema of a {@link DocumentRef}: the fields each family needs and nothing it cannot
 * have. JSON Schema can be produced from it with `z.toJSONSchema`.
 *
 * @example
 * ```ts
 * import { documentRefSchema } from "baocao";
 *
 * documentRefSchema.safeParse({ family: "party", number: "12", type: "KH", issuers: ["HU"] }).success; // true
 * documentRefSchema.safeParse({ family: "party", number: "12", issuers: ["HU"] }).success; // false
 * ```
 */
export const documentRefSchema = z
  .object({
    family: z.enum(DOCUMENT_FAMILIES),
    number: z.string().regex(/^\d{1,6}[a-zA-Z]?$/u, "a number such as 114, 08 or 30c"),
    year: z.number().int().min(1900).max(2999).optional(),
    type: z
      .string()
      .regex(/^[A-ZĐ][A-Za-zĐđ]*(?:-[A-Z]{2})?$/u)
      .optional(),
    issuers: z.array(z.string().regex(CODE, "an issuer code such as TW or UBND")),
    unit: z.string().regex(CODE).optional(),
    kind: z.string().min(1).optional(),
    date: vietnameseDateSchema.optional(),
    term: z
      .string()
      .regex(/^[IVXL]{1,6}$/u, "a Roman numeral such as XI")
      .optional(),
    body: z.string().min(1).optional(),
  })
  .superRefine((ref, ctx) => {
    const need = (ok: boolean, message: string, path: string) => {
      if (!ok) ctx.addIssue({ code: "custom", message, path: [path] });
    };
    const hasYear = ref.family === "normative" || ref.family === "court";
    need(
      hasYear === (ref.year !== undefined),
      `a ${ref.family} reference ${hasYear ? "needs" : "has no"} year`,
      "year",
    );
    need(
      ref.family === "court" ? ref.issuers.length === 0 : ref.issuers.length > 0,
      ref.family === "court" ? "a judgment has no issuer code" : "at least one issuer code",
      "issuers",
    );
    const typed =
      ref.family === "party" || ref.family === "administrative" || ref.family === "court";
    if (typed) need(ref.type !== undefined, `a ${ref.family} reference needs a type code`, "type");
    if (ref.family === "letter")
      need(ref.type === undefined, "a công văn has no type code", "type");
    if (ref.family !== "letter")
      need(ref.unit === undefined, "only a công văn has a drafting unit", "unit");
  });
