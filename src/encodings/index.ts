export { ENCODING_CODES, type EncodingCode } from "./codes.js";
export { type DecodedText, decodeTcvn3, decodeVni, encodeTcvn3, encodeVni } from "./convert.js";
export {
  type DetectedEncoding,
  detectEncoding,
  type EncodingDetection,
  type LegacyEncoding,
} from "./detect.js";
export {
  type ConvertLegacyOptions,
  convertLegacy,
  LEGACY_ENCODING_NAMES,
  type LegacyConversion,
  type LegacyNotice,
} from "./legacy.js";
