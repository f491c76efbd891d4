import { foldDiacritics, matchKey } from "../core/text.js";
import { UNIT_TYPE_LEVELS, UNIT_TYPES, type UnitType } from "./types.js";

const CITY_TYPES: readonly UnitType[] = UNIT_TYPES.filter((t) => t.startsWith("thành phố"));

/** How a type is written before a name: the words in full, or an abbreviation ending in ".". */
interface TypeWriting {
  readonly key: string;
  readonly types: readonly UnitType[];
  readonly abbreviation: boolean;
}

const FULL: readonly TypeWriting[] = (
  [
    { key: "thành phố trực thuộc trung ương", types: ["thành phố trực thuộc trung ương"] },
    { key: "thành phố", types: CITY_TYPES },
    ...UNIT_TYPES.filter((t) => !t.startsWith("thành phố")).map((t) => ({ key: t, types: [t] })),
  ] as { key: string; types: readonly UnitType[] }[]
).map((w) => ({ ...w, key: matchKey(w.key), abbreviation: false }));

// Abbreviations used in addresses and lists ("TP. Huế", "H. Sông Lô", "TT. Tam Sơn").
const ABBREVIATIONS: readonly TypeWriting[] = (
  [
    ["tp", CITY_TYPES],
    ["t", ["tỉnh"]],
    ["h", ["huyện"]],
    ["q", ["quận"]],
    ["tx", ["thị xã"]],
    ["x", ["xã"]],
    ["p", ["phường"]],
    ["tt", ["thị trấn"]],
    ["đk", ["đặc khu"]],
    ["tdp", ["tổ dân phố"]],
    ["kp", ["khu phố"]],
  ] as const
).map(([key, types]) => ({ key, types, abbreviation: true }));

const CAPITALISED: readonly (readonly [string, TypeWriting])[] = FULL.map((w) => [
  `${w.key.charAt(0).toUpperCase()}${w.key.slice(1)} `,
  w,
]);

const byLength = (a: TypeWriting, b: TypeWriting): number => b.key.length - a.key.length;
const EXACT_WRITINGS = [...FULL, ...ABBREVIATIONS].sort(byLength);
const FOLDED_WRITINGS = EXACT_WRITINGS.map((w) => ({ ...w, key: foldDiacritics(w.key) })).sort(
  byLength,
);

/** One way to read a written name: the types its leading words name (if any) and the rest. */
export interface NameReading {
  /** The types the leading word(s) name; undefined when read as a bare name. */
  readonly types: readonly UnitType[] | undefined;
  /** The comparison key of the name without its type. */
  readonly key: string;
}

/**
 * The comparison key of a proper name: {@link matchKey} with hyphens unspaced and stray dots and
 * commas dropped ("Bà Rịa - Vũng Tàu" and "Bà Rịa-Vũng Tàu" share one).
 *
 * @param name - a name as written
 * @returns the key
 */
export function nameKey(name: string): string {
  return tidy(matchKey(name));
}

/**
 * The diacritic-free key of a proper name, for names typed without marks.
 *
 * @param name - a name as written
 * @returns the folded key
 */
export function foldedNameKey(name: string): string {
  return tidy(foldDiacritics(name));
}

function tidy(key: string): string {
  return key
    .replace(/[.,;:]+$/u, "")
    .replace(/\s*[-–]\s*/gu, "-")
    .trim();
}

function readings(key: string, writings: readonly TypeWriting[]): NameReading[] {
  const found: NameReading[] = [];
  for (const w of writings) {
    if (!key.startsWith(w.key)) continue;
    const after = key.slice(w.key.length);
    // Full words need a space after them; abbreviations a dot or a space ("TP.Huế", "TP Huế").
    const rest = w.abbreviation ? /^(?:\.\s*|\s+)(.+)$/u.exec(after) : /^\s+(.+)$/u.exec(after);
    if (rest?.[1] !== undefined) found.push({ types: w.types, key: tidy(rest[1]) });
  }
  found.push({ types: undefined, key: tidy(key) });
  return found;
}

/**
 * Every way to read a written unit name, with diacritics as written and without them. The type
 * may be written in full ("Thành phố", "thị trấn") or abbreviated ("TP.", "H.", "X.", "TT.");
 * the reading without any type is always last.
 *
 * @param text - a name as written ("H. Sông Lô", "xa Duc Bac", "Tỉnh Gia Lai")
 * @returns readings to try in order: `exact` keys, then `folded` keys
 */
export function readUnitName(text: string): {
  readonly exact: readonly NameReading[];
  readonly folded: readonly NameReading[];
} {
  return {
    exact: readings(matchKey(text), EXACT_WRITINGS),
    folded: readings(foldDiacritics(text), FOLDED_WRITINGS),
  };
}

/**
 * Splits an official full name ("Huyện Sông Lô", "Thành phố Hà Nội", "xã Bắc Sơn") into its type
 * word and proper name. The type is matched without regard to case; `lowerCaseType` tells when it
 * was not capitalised as official lists write it.
 *
 * @param fullName - the full name, type first
 * @returns the type word key ("thành phố", "xã"), the name, and whether the type was lower case; or
 *   undefined when no type leads the name
 */
export function splitOfficialName(
  fullName: string,
):
  | { readonly typeWord: string; readonly name: string; readonly lowerCaseType: boolean }
  | undefined {
  const text = fullName.normalize("NFC").trim();
  // Fast path for names written as the official lists write them ("Xã Ia Mơ").
  for (const [prefix, w] of CAPITALISED) {
    if (text.startsWith(prefix)) {
      return { typeWord: w.key, name: text.slice(prefix.length).trim(), lowerCaseType: false };
    }
  }
  const key = matchKey(text);
  for (const w of FULL) {
    if (key.startsWith(`${w.key} `)) {
      const written = text.slice(0, w.key.length);
      return {
        typeWord: w.key,
        name: text.slice(w.key.length).trim(),
        lowerCaseType: written === written.toLowerCase(),
      };
    }
  }
  return undefined;
}

/**
 * Tells whether a type belongs to a set read from a name (undefined = any type).
 *
 * @param type - a unit type
 * @param types - the types a reading allows
 * @returns true when allowed
 */
export function typeAllowed(type: UnitType, types: readonly UnitType[] | undefined): boolean {
  return types === undefined || types.includes(type);
}

/**
 * The level of a type.
 *
 * @param type - a unit type
 * @returns its level
 */
export function levelOf(type: UnitType): (typeof UNIT_TYPE_LEVELS)[UnitType] {
  return UNIT_TYPE_LEVELS[type];
}
