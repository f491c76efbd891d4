/**
 * VNI Windows, the font encoding of the VNI fonts (VNI-Times…), as data.
 *
 * Sources, checked against each other: the VNI table of xvnkb by Dao Hai Lam (`vni.h`) and the
 * VNI charset of the `vietnamese-conversion` package (`src/charsets.ts`), which agree letter by
 * letter.
 *
 * VNI writes most letters as two characters: a base letter followed by a diacritic character
 * (chào → "chaøo"). A few letters are one character (đ → "ñ", ơ → "ô", ư → "ö", and i with a
 * tone). Upper-case letters take the upper-case diacritic characters (Á → "AÙ"). Every code below
 * is the Latin-1 character of the byte.
 *
 * @module
 */

/** Tone marks in the order sắc, huyền, hỏi, ngã, nặng: the lower-case diacritic characters. */
export const VNI_TONES = ["ù", "ø", "û", "õ", "ï"] as const;

/** The circumflex (â, ê, ô) alone, then with sắc, huyền, hỏi, ngã, nặng. */
export const VNI_CIRCUMFLEX = ["â", "á", "à", "å", "ã", "ä"] as const;

/** The breve (ă) alone, then with sắc, huyền, hỏi, ngã, nặng. */
export const VNI_BREVE = ["ê", "é", "è", "ú", "ü", "ë"] as const;

/** Letters written as one character: the VNI character for each. */
export const VNI_SINGLE: readonly (readonly [string, string])[] = [
  ["đ", "ñ"],
  ["ơ", "ô"],
  ["ư", "ö"],
  ["í", "í"],
  ["ì", "ì"],
  ["ỉ", "æ"],
  ["ĩ", "ó"],
  ["ị", "ò"],
  ["ỵ", "î"],
];
