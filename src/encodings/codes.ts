import type { Severity } from "../findings/finding.js";

/**
 * Every notice code of the encodings module, with its severity and a one-line description (docs
 * are generated from this table). Conversions are notes: the text is audited as converted.
 *
 * @example
 * ```ts
 * import { ENCODING_CODES } from "baocao";
 *
 * ENCODING_CODES.ENCODING_TCVN3_CONVERTED.severity; // "info"
 * ```
 */
export const ENCODING_CODES = {
  ENCODING_TCVN3_CONVERTED: {
    severity: "info",
    en: "The text was typed in the TCVN3 (ABC) font encoding and was converted to Unicode.",
    vi: "Văn bản gõ bằng bảng mã TCVN3 (ABC), đã được chuyển sang Unicode.",
  },
  ENCODING_VNI_CONVERTED: {
    severity: "info",
    en: "The text was typed in the VNI font encoding and was converted to Unicode.",
    vi: "Văn bản gõ bằng bảng mã VNI, đã được chuyển sang Unicode.",
  },
} as const satisfies Record<
  string,
  { readonly severity: Severity; readonly en: string; readonly vi: string }
>;

/** A code of {@link ENCODING_CODES}. */
export type EncodingCode = keyof typeof ENCODING_CODES;
