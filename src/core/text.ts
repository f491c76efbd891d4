// Combining tone marks in NFD: grave, acute, tilde, hook above, dot below.
const TONE = "\u0300\u0301\u0303\u0309\u0323";
// "oa", "oe", "uy" (not after q) with the tone on the second vowel and no final consonant: the
// "new" placement ("hoà", "thuỷ"). Moving the tone to the first vowel gives the "old" placement.
const NEW_STYLE_TONE = new RegExp(
  `(^|[^qQ])([oO])([aAeE])([${TONE}])(?![\\p{L}\\p{M}])|(^|[^qQ])([uU])([yY])([${TONE}])(?![\\p{L}\\p{M}])`,
  "gu",
);

// In NFC, a vowel pair NEW_STYLE_TONE can rewrite: a bare o/u before a precomposed toned vowel.
const MAY_MOVE = /[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/u;

/**
 * Rewrites both tone-mark placements in use ("hoà"/"hòa", "thuỷ"/"thủy", "thuỵ"/"thụy") to one
 * (the tone on the first vowel of "oa", "oe", "uy" in an open syllable) and returns NFC text. Two
 * names that differ only by placement or by NFC/NFD are equal after this.
 *
 * @param text - any text
 * @returns the text in NFC with one tone placement
 * @example
 * ```ts
 * import { canonicalToneMarks } from "baocao";
 *
 * canonicalToneMarks("Thuỷ Nguyên") === canonicalToneMarks("Thủy Nguyên"); // true
 * ```
 */
export function canonicalToneMarks(text: string): string {
  // Most text has no "oa", "oe", "uy" with a tone on the second vowel: NFC is the whole answer
  // (NFC of NFD is NFC), without the decomposition and the search.
  const nfc = text.normalize("NFC");
  if (!MAY_MOVE.test(nfc)) return nfc;
  return nfc
    .normalize("NFD")
    .replace(NEW_STYLE_TONE, (...g: string[]) =>
      g[2] !== undefined ? `${g[1]}${g[2]}${g[4]}${g[3]}` : `${g[5]}${g[6]}${g[8]}${g[7]}`,
    )
    .normalize("NFC");
}

/**
 * The key two spellings of one name share: NFC, one tone placement, lower case, single spaces.
 * Diacritics are kept ("Hà" and "Hạ" stay different).
 *
 * @param text - a name as written
 * @returns the comparison key
 * @example
 * ```ts
 * import { matchKey } from "baocao";
 *
 * matchKey("  Xã  Hoà   Bình ") === matchKey("xã hòa bình"); // true
 * ```
 */
export function matchKey(text: string): string {
  return canonicalToneMarks(text).toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * Removes every diacritic ("đ" becomes "d") and lower-cases: the key for matching text typed
 * without Vietnamese marks.
 *
 * @param text - any text
 * @returns the text without diacritics, lower case, single spaces
 * @example
 * ```ts
 * import { foldDiacritics } from "baocao";
 *
 * foldDiacritics("Đắk Nông"); // "dak nong"
 * ```
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}
