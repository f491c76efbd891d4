import type { EncodingCode } from "./codes.js";
import { type DecodedText, decodeTcvn3, decodeVni } from "./convert.js";
import { type DetectedEncoding, detectEncoding, type LegacyEncoding } from "./detect.js";

/** Options of {@link convertLegacy}. */
export interface ConvertLegacyOptions {
  /** Convert from this encoding without detecting (default: detect). */
  readonly from?: LegacyEncoding;
}

/** What {@link convertLegacy} returns. */
export interface LegacyConversion {
  /** The text in Unicode: converted, or the input unchanged when it was Unicode already. */
  readonly text: string;
  /** The encoding the input was read in. */
  readonly encoding: DetectedEncoding;
  /** How many letters were converted (0 for Unicode input). */
  readonly converted: number;
  /** A note for the reader when the text was converted: its code and a sentence in each language. */
  readonly notice: LegacyNotice | undefined;
  /**
   * Maps an offset of the converted text to the offset of the same place in the input.
   *
   * @param offset - an offset in `text`
   * @returns the offset in the input
   */
  toSource(offset: number): number;
}

/** The note {@link convertLegacy} gives when it converted a text. */
export interface LegacyNotice {
  /** `ENCODING_TCVN3_CONVERTED` or `ENCODING_VNI_CONVERTED` (see `ENCODING_CODES`). */
  readonly code: EncodingCode;
  readonly vi: string;
  readonly en: string;
}

/** Names of the legacy encodings as people know them. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI",
};

/**
 * Finds whether a text was typed in a legacy Vietnamese font encoding (TCVN3/ABC or VNI) and
 * converts it to Unicode; Unicode text comes back unchanged. Never throws.
 *
 * @param text - the text as read (legacy codes appear as Latin-1 characters)
 * @param options - an encoding to convert from, to skip detection
 * @returns the Unicode text, the encoding found, a notice and an offset map
 * @example
 * ```ts
 * import { convertLegacy } from "baocao";
 *
 * const result = convertLegacy("§· gi¶i quyÕt 120/150 ®¬n (®¹t 80%).");
 * result.encoding; // "tcvn3"
 * result.text; // "Đã giải quyết 120/150 đơn (đạt 80%)."
 * result.notice?.code; // "ENCODING_TCVN3_CONVERTED"
 * result.notice?.en; // "Converted from the TCVN3 (ABC) encoding to Unicode (8 letters)."
 * convertLegacy("Đã giải quyết 120/150 đơn.").encoding; // "unicode"
 * ```
 */
export function convertLegacy(text: string, options: ConvertLegacyOptions = {}): LegacyConversion {
  const source = typeof text === "string" ? text : "";
  const encoding = options.from ?? detectEncoding(source).encoding;
  if (encoding === "unicode") {
    return { text: source, encoding, converted: 0, notice: undefined, toSource: (o) => o };
  }
  const decoded: DecodedText = encoding === "tcvn3" ? decodeTcvn3(source) : decodeVni(source);
  const name = LEGACY_ENCODING_NAMES[encoding];
  return {
    text: decoded.text,
    encoding,
    converted: decoded.converted,
    notice: {
      code: encoding === "tcvn3" ? "ENCODING_TCVN3_CONVERTED" : "ENCODING_VNI_CONVERTED",
      vi: `Đã chuyển từ bảng mã ${name} sang Unicode (${decoded.converted} chữ cái).`,
      en: `Converted from the ${name} encoding to Unicode (${decoded.converted} letters).`,
    },
    toSource: decoded.toSource,
  };
}
