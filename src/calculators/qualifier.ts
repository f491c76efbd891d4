import { matchKey } from "../core/text.js";

/**
 * A qualifier that turns a stated figure into a bound. Qualified claims are judged on the exact
 * value, never on its rounding.
 * - `over` ("trên", "hơn", "vượt"): exact > stated
 * - `at-least` ("tối thiểu", "ít nhất"): exact ≥ stated
 * - `under` ("dưới", "chưa đến"): exact < stated
 * - `at-most` ("tối đa", "không quá"): exact ≤ stated
 * - `nearly` ("gần"): stated − tolerance ≤ exact ≤ stated (slightly below, or equal)
 * - `about` ("khoảng", "xấp xỉ", "chừng"): |exact − stated| ≤ tolerance
 */
export type Qualifier = "over" | "at-least" | "under" | "at-most" | "nearly" | "about";

const WORDS: Readonly<Record<string, Qualifier>> = {
  trên: "over",
  hơn: "over",
  vượt: "over",
  "tối thiểu": "at-least",
  "ít nhất": "at-least",
  dưới: "under",
  "chưa đến": "under",
  "chưa tới": "under",
  "tối đa": "at-most",
  "không quá": "at-most",
  gần: "nearly",
  khoảng: "about",
  "xấp xỉ": "about",
  chừng: "about",
};

/**
 * The qualifier a Vietnamese word expresses ("trên" → `over`, "gần" → `nearly`), with either
 * tone-mark placement and any case. Words that make no bound ("đạt", "chiếm", "tương đương")
 * give `undefined`.
 *
 * @param word - the word as written
 * @returns the qualifier, or undefined
 * @example
 * ```ts
 * import { qualifierFromWord } from "baocao";
 *
 * qualifierFromWord("Trên"); // "over"
 * qualifierFromWord("đạt"); // undefined
 * ```
 */
export function qualifierFromWord(word: string): Qualifier | undefined {
  const key = matchKey(word);
  for (const [text, qualifier] of Object.entries(WORDS)) {
    if (matchKey(text) === key) return qualifier;
  }
  return undefined;
}

/** How each qualifier reads in messages (internal). */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, { vi: string; en: string }>> = {
  over: { vi: "trên", en: "over" },
  "at-least": { vi: "tối thiểu", en: "at least" },
  under: { vi: "dưới", en: "under" },
  "at-most": { vi: "tối đa", en: "at most" },
  nearly: { vi: "gần", en: "nearly" },
  about: { vi: "khoảng", en: "about" },
};
