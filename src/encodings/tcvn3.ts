/**
 * TCVN3 ("ABC"), the VN3 font encoding of TCVN 5712:1993, as data.
 *
 * Sources, checked against each other code by code:
 * - TCVN 5712:1993 as tabulated by GNU libiconv (`lib/tcvn.h`, the TCVN-5712 converter), whose
 *   code positions for the VN3 repertoire (lower-case letters with tone marks, and the seven
 *   modified letters in both cases) are the ones below;
 * - the TCVN table of xvnkb by Dao Hai Lam (`tcvn.h`), which gives the same positions.
 *
 * VN3 is the subset that the ABC fonts (.VnTime, .VnArial…) carry: it has no upper-case letters
 * with tone marks. Documents show those with the separate upper-case fonts (.VnTimeH…), which
 * draw capitals at the lower-case codes, so text copied out of them carries lower-case codes.
 * VN1's own upper-case positions (C0 controls, 0x80–0x9F and a few gaps above 0xA0) and the
 * combining tone marks at 0xB0–0xB4 are not read: in text extracted from Windows documents
 * those bytes come out as punctuation (“ ” – …) or as °±²³´, which Unicode reports use too.
 *
 * Codes are given as the byte value; extracted text carries each byte as the Latin-1 character of
 * the same number (0xB8 → "¸").
 *
 * @module
 */

/**
 * One row per vowel: the letter without tone, then with sắc, huyền, hỏi, ngã and nặng. A code of
 * 0 means the letter is plain ASCII and stays as it is.
 */
export const TCVN3_ROWS: readonly (readonly [string, readonly number[]])[] = [
  ["a", [0, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9]],
  ["ă", [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6]],
  ["â", [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb]],
  ["e", [0, 0xd0, 0xcc, 0xce, 0xcf, 0xd1]],
  ["ê", [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6]],
  ["i", [0, 0xdd, 0xd7, 0xd8, 0xdc, 0xde]],
  ["o", [0, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4]],
  ["ô", [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9]],
  ["ơ", [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee]],
  ["u", [0, 0xf3, 0xef, 0xf1, 0xf2, 0xf4]],
  ["ư", [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9]],
  ["y", [0, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe]],
];

/** The other letters VN3 has a code for: đ, and the upper-case modified letters without tone. */
export const TCVN3_LETTERS: readonly (readonly [string, number])[] = [
  ["đ", 0xae],
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7],
];
