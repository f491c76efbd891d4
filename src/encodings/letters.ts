import { TCVN3_LETTERS, TCVN3_ROWS } from "./tcvn3.js";
import { VNI_BREVE, VNI_CIRCUMFLEX, VNI_SINGLE, VNI_TONES } from "./vni.js";

/** Combining tone marks in the tables' order: sắc, huyền, hỏi, ngã, nặng. */
const TONES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;

/** A letter with a tone mark, composed (NFC). */
function withTone(base: string, tone: number): string {
  return tone === 0 ? base : `${base}${TONES[tone - 1]}`.normalize("NFC");
}

/** The code tables, built once on first use: legacy → Unicode and back. */
export interface Tables {
  /** TCVN3 character → the lower-case (or modified upper-case) letter it stands for. */
  readonly tcvn3Decode: ReadonlyMap<string, string>;
  /** Unicode letter (either case) → its TCVN3 character (upper-case toned: the lower-case code). */
  readonly tcvn3Encode: ReadonlyMap<string, string>;
  /** TCVN3 characters whose letter VN3 has only in lower case (the upper-case fonts reuse them). */
  readonly tcvn3LowerOnly: ReadonlySet<string>;
  /** VNI base (one character) + diacritic character → letter, both cases. */
  readonly vniPairs: ReadonlyMap<string, string>;
  /** VNI one-character letters → letter, both cases. */
  readonly vniSingles: ReadonlyMap<string, string>;
  /** Unicode letter → its VNI spelling, both cases. */
  readonly vniEncode: ReadonlyMap<string, string>;
}

let built: Tables | undefined;

/**
 * Returns the conversion tables, building them from the data files on first use.
 *
 * @returns the tables
 */
export function tables(): Tables {
  built ??= buildTables();
  return built;
}

function buildTables(): Tables {
  const tcvn3Decode = new Map<string, string>();
  const tcvn3Encode = new Map<string, string>();
  const tcvn3LowerOnly = new Set<string>();
  for (const [base, codes] of TCVN3_ROWS) {
    codes.forEach((code, tone) => {
      if (code === 0) return;
      const letter = withTone(base, tone);
      const char = String.fromCharCode(code);
      tcvn3Decode.set(char, letter);
      tcvn3Encode.set(letter, char);
      const upper = letter.toUpperCase();
      // VN3 has no upper-case toned letter: the upper-case fonts draw it at the lower-case code.
      if (!TCVN3_LETTERS.some(([l]) => l === upper)) {
        tcvn3Encode.set(upper, char);
        tcvn3LowerOnly.add(char);
      }
    });
  }
  for (const [letter, code] of TCVN3_LETTERS) {
    const char = String.fromCharCode(code);
    tcvn3Decode.set(char, letter);
    tcvn3Encode.set(letter, char);
  }
  tcvn3LowerOnly.add(String.fromCharCode(0xae)); // đ: the upper-case fonts draw Đ there

  const vniPairs = new Map<string, string>();
  const vniSingles = new Map<string, string>();
  const vniEncode = new Map<string, string>();
  const pair = (base: string, mark: string, letter: string) => {
    vniPairs.set(base + mark, letter);
    vniEncode.set(letter, base + mark);
    const upper = letter.toUpperCase();
    vniPairs.set(base.toUpperCase() + mark.toUpperCase(), upper);
    vniEncode.set(upper, base.toUpperCase() + mark.toUpperCase());
  };
  for (const [letter, char] of VNI_SINGLE) {
    vniSingles.set(char, letter);
    vniSingles.set(char.toUpperCase(), letter.toUpperCase());
    vniEncode.set(letter, char);
    vniEncode.set(letter.toUpperCase(), char.toUpperCase());
  }
  // Plain vowels and ơ, ư (written "ô", "ö") take the five tones; ỵ and i are single characters.
  for (const [base, written] of [
    ["a", "a"],
    ["e", "e"],
    ["o", "o"],
    ["u", "u"],
    ["y", "y"],
    ["ơ", "ô"],
    ["ư", "ö"],
  ] as const) {
    VNI_TONES.forEach((mark, i) => {
      const letter = withTone(base, i + 1);
      if (!vniEncode.has(letter)) pair(written, mark, letter);
    });
  }
  for (const base of ["a", "e", "o"]) {
    const modified = `${base}\u0302`.normalize("NFC");
    VNI_CIRCUMFLEX.forEach((mark, tone) => {
      pair(base, mark, withTone(modified, tone));
    });
  }
  VNI_BREVE.forEach((mark, tone) => {
    pair("a", mark, withTone("ă", tone));
  });
  return { tcvn3Decode, tcvn3Encode, tcvn3LowerOnly, vniPairs, vniSingles, vniEncode };
}

/**
 * Every letter of Vietnamese that ASCII lacks, lower case then upper case: the twelve vowels
 * with each of the five tones, the six modified vowels without tone, and đ (67 × 2 = 134).
 *
 * @returns the letters, composed (NFC)
 */
export function vietnameseLetters(): string[] {
  const lower: string[] = [];
  for (const base of ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]) {
    for (let tone = 0; tone <= 5; tone++) {
      const letter = withTone(base, tone);
      if (letter !== base || !/^[a-z]$/.test(base)) lower.push(letter);
    }
  }
  lower.push("đ");
  return [...lower, ...lower.map((l) => l.toUpperCase())];
}
