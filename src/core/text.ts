// "oa", "oe", "uy" (not after q) with the tone on the second vowel and no final consonant: the
// "new" placement ("hoà", "thuỷ"). Moving the tone to the first vowel gives the "old" placement.
// Matched in NFC, where the second vowel and its tone are one character.
const TONED_SECOND = "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ";
const TONED_Y = "ỳýỷỹỵỲÝỶỸỴ";
const NEW_STYLE_TONE = new RegExp(
  `(^|[^qQ])([oO])([${TONED_SECOND}])(?![\\p{L}\\p{M}])|(^|[^qQ])([uU])([${TONED_Y}])(?![\\p{L}\\p{M}])`,
  "gu",
);
// A toned second vowel → its tone mark and its bare vowel ("à" → "\u0300", "a").
const SPLIT = new Map(
  [...TONED_SECOND, ...TONED_Y].map((v) => {
    const [bare = "", tone = ""] = v.normalize("NFD");
    return [v, { bare, tone }];
  }),
);
const moveTone = (before: string, first: string, second: string): string => {
  const { bare = second, tone = "" } = SPLIT.get(second) ?? {};
  return `${before}${`${first}${tone}`.normalize("NFC")}${bare}`;
};

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
  // In NFC the toned vowel is one character, and the moved tone composes with "o" or "u" into
  // one: the result is NFC as it stands (a property test compares it with the NFD rewrite).
  return text
    .normalize("NFC")
    .replace(NEW_STYLE_TONE, (...g: string[]) =>
      g[2] !== undefined
        ? moveTone(g[1] ?? "", g[2], g[3] ?? "")
        : moveTone(g[4] ?? "", g[5] ?? "", g[6] ?? ""),
    );
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
