import { matchKey } from "../core/text.js";
import { PROVINCE_RECORDS } from "./data/provinces.js";
import type {
  NamedUnitMention,
  UnitCountMention,
  UnitCoverageMention,
  UnitMention,
  UnitOrgan,
} from "./mention-types.js";
import { nameKey } from "./names.js";
import { type TokenizeOptions, tokenizeUnits, type UnitToken } from "./tokens.js";
import { UNIT_TYPE_LEVELS, UNIT_TYPES, type UnitLevel, type UnitType } from "./types.js";

interface Phrase {
  readonly keys: readonly string[];
  readonly types: readonly UnitType[];
  /** "đơn vị hành chính": a count of units of any type. */
  readonly generic: boolean;
}

const CITY_TYPES = UNIT_TYPES.filter((t) => t.startsWith("thành phố"));
const words = (s: string): string[] => matchKey(s).split(" ");

const PHRASES: readonly Phrase[] = (
  [
    { keys: words("thành phố trực thuộc trung ương"), types: ["thành phố trực thuộc trung ương"] },
    { keys: words("thành phố"), types: CITY_TYPES },
    ...UNIT_TYPES.filter((t) => !t.startsWith("thành phố")).map((t) => ({
      keys: words(t),
      types: [t],
    })),
  ] as { keys: string[]; types: readonly UnitType[] }[]
).map((p) => ({ ...p, generic: false }));

const GENERIC: readonly Phrase[] = [
  { keys: words("đơn vị hành chính"), types: [], generic: true },
  { keys: ["đvhc"], types: [], generic: true },
];

const LEVEL_WORDS: ReadonlyMap<string, UnitLevel> = new Map([
  [matchKey("tỉnh"), "province"],
  [matchKey("huyện"), "district"],
  [matchKey("xã"), "commune"],
]);

// Abbreviations are read only when capitalised and followed by "." (or, for the two-letter
// ones, written in capitals): "TP. Huế", "H. Sông Lô", "TT Tam Sơn".
const ABBREVIATIONS: ReadonlyMap<string, readonly UnitType[]> = new Map([
  ["tp", CITY_TYPES],
  ["tx", ["thị xã"]],
  ["tt", ["thị trấn"]],
  ["h", ["huyện"]],
  ["q", ["quận"]],
  ["p", ["phường"]],
  ["x", ["xã"]],
  ["tdp", ["tổ dân phố"]],
]);

const byFirstKey = new Map<string, Phrase[]>();
for (const p of [...PHRASES, ...GENERIC].sort((a, b) => b.keys.length - a.keys.length)) {
  const first = p.keys[0] ?? "";
  byFirstKey.set(first, [...(byFirstKey.get(first) ?? []), p]);
}

const escapeKey = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * A test for the lines a count or coverage figure can sit on: a digit, white space without a
 * line break, then the first word of a unit type or of "đơn vị hành chính"/"đvhc" as a whole word
 * ("12 xã", "14/14 xã", "3 thị trấn"). The scanner reads a count only there: a number, a space
 * inside the line and a type phrase. Works on NFC text, any letter case.
 *
 * @returns the test
 */
export function unitFigureLine(): (line: string) => boolean {
  const keys = [...byFirstKey.keys()].sort((a, b) => b.length - a.length).map(escapeKey);
  const pattern = new RegExp(`[0-9][^\\S\\n\\r]+(?:${keys.join("|")})(?![\\p{L}\\p{M}])`, "iu");
  return (line) => pattern.test(line);
}

/**
 * A test for any of `words` (keys, NFC lower case) as a whole word, any letter case.
 *
 * @param words - the words
 * @returns the test
 */
export function wholeWords(words: readonly string[]): (line: string) => boolean {
  const keys = [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeKey);
  const after = `(?:${keys.join("|")})(?![\\p{L}\\p{M}])`;
  // The look-behind makes a pattern slow to search: a line is searched without it first.
  const quick = new RegExp(after, "iu");
  const whole = new RegExp(`(?<![\\p{L}\\p{M}])${after}`, "iu");
  return (line) => quick.test(line) && whole.test(line);
}

const k = matchKey;
const COMMITTEE = k("ủy");
// Words that turn a type word into something else: "hợp tác xã", "văn bản", "Khối Dân vận"…
const BEFORE_STOP: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [k("xã"), new Set([k("tác")])],
  [
    k("bản"),
    new Set(
      [
        "văn",
        "cơ",
        "căn",
        "phiên",
        "kịch",
        "dự",
        "xuất",
        "tái",
        "nguyên",
        "bài",
        "hồ",
        "tư",
        "bổ",
      ].map(k),
    ),
  ],
]);
const NAME_STOP: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    k("khối"),
    new Set(
      ["dân", "đảng", "nhà", "mặt", "chính", "đoàn", "cơ", "kinh", "văn", "nội", "thi"].map(k),
    ),
  ],
  [k("tỉnh"), new Set(["hội", "ban", "đoàn"].map(k))],
  [k("huyện"), new Set(["hội", "ban", "đoàn"].map(k))],
  [k("quận"), new Set(["hội", "ban", "đoàn"].map(k))],
]);
const ORGANS: readonly (readonly [readonly string[], UnitOrgan])[] = [
  [["ubnd"], "people's committee"],
  [words("ủy ban nhân dân"), "people's committee"],
  [[k("hđnd")], "people's council"],
  [words("hội đồng nhân dân"), "people's council"],
  [words("đảng ủy"), "party committee"],
];
const provinceNames = new Set(PROVINCE_RECORDS.map((u) => nameKey(u.name)));
const NOT_A_COUNT = new Set(["năm", "tháng", "ngày", "số", "khóa", "khoá"].map(matchKey));
const SENTENCE_END = new Set([".", ";", "!", "?"]);

/** A mention with the token range and sentence it came from (for the claim recognisers). */
export interface ScannedMention {
  readonly mention: UnitMention;
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
}

/** The one pass over a text: its tokens, the sentence of each token, and the mentions. */
export interface UnitScan {
  readonly text: string;
  readonly tokens: readonly UnitToken[];
  readonly sentenceOf: readonly number[];
  readonly mentions: readonly ScannedMention[];
}

/**
 * Scans a text once for unit mentions, counts and coverage figures.
 *
 * @param text - the text
 * @param options - `numberLinesOnly` for the claim checks (see {@link TokenizeOptions})
 * @returns the scan
 */
export function scanUnitText(text: string, options: TokenizeOptions = {}): UnitScan {
  const tokens = tokenizeUnits(text, options);
  const found: Omit<ScannedMention, "sentence">[] = [];
  const inline = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && t.kind === "space" && !t.lineBreak;
  };
  /** Index of the word after `i` across one inline space, or -1. */
  const nextWord = (i: number): number => (inline(i + 1) ? i + 2 : -1);
  const at = (i: number): UnitToken | undefined => (i < 0 ? undefined : tokens[i]);

  const matchPhrase = (
    i: number,
    withGeneric: boolean,
  ): { phrase: Phrase; last: number } | undefined => {
    const t = at(i);
    if (t?.kind !== "word") return undefined;
    for (const phrase of byFirstKey.get(t.key) ?? []) {
      if (phrase.generic && !withGeneric) continue;
      let j = i;
      let okay = true;
      for (let w = 1; w < phrase.keys.length && okay; w += 1) {
        j = nextWord(j);
        okay = at(j)?.key === phrase.keys[w];
      }
      if (okay) return { phrase, last: j };
    }
    return undefined;
  };

  const previousWordKey = (i: number): string | undefined =>
    inline(i - 1) && at(i - 2)?.kind === "word" ? at(i - 2)?.key : undefined;

  const organBefore = (i: number): UnitOrgan | undefined => {
    for (const [keys, organ] of ORGANS) {
      let j = i;
      let okay = true;
      for (let w = keys.length - 1; w >= 0 && okay; w -= 1) {
        okay = inline(j - 1) && at(j - 2)?.key === keys[w];
        j -= 2;
      }
      if (okay) return organ;
    }
    return undefined;
  };

  const nameFrom = (j: number, allowNumber: boolean): number => {
    const startsName = (t: UnitToken | undefined): boolean =>
      t !== undefined &&
      ((t.kind === "word" && t.capitalised) || (allowNumber && t.kind === "number"));
    if (!startsName(at(j))) return -1;
    let last = j;
    for (let count = 1; count < 7; count += 1) {
      const space = at(last + 1);
      const next = at(last + 2);
      if (space?.kind === "space" && space.text === " " && next !== undefined) {
        const continues =
          (next.kind === "word" && next.capitalised && !startsType(last + 2)) ||
          (next.kind === "number" && at(last)?.kind === "word");
        if (continues) {
          last += 2;
          continue;
        }
        // "Bà Rịa - Vũng Tàu"
        if (next.key === "-" && at(last + 3)?.text === " " && at(last + 4)?.capitalised) {
          last += 4;
          continue;
        }
        break;
      }
      if ((space?.key === "-" || space?.key === "–") && at(last + 2)?.capitalised) {
        last += 2;
        continue;
      }
      break;
    }
    return last;
  };

  const abbreviation = (i: number): { types: readonly UnitType[]; last: number } | undefined => {
    const t = at(i);
    if (t?.kind !== "word" || !t.capitalised) return undefined;
    const types = ABBREVIATIONS.get(t.key);
    if (types === undefined) return undefined;
    if (at(i + 1)?.text === ".") return { types, last: i + 1 };
    return t.key.length > 1 && t.text === t.text.toUpperCase() && inline(i + 1)
      ? { types, last: i }
      : undefined;
  };

  function startsType(i: number): boolean {
    return matchPhrase(i, false) !== undefined || abbreviation(i) !== undefined;
  }

  const named = (i: number): Omit<ScannedMention, "sentence"> | undefined => {
    const full = matchPhrase(i, false);
    const abbr = full === undefined ? abbreviation(i) : undefined;
    const types = full?.phrase.types ?? abbr?.types;
    const typeLast = full?.last ?? abbr?.last;
    if (types === undefined || typeLast === undefined) return undefined;
    const typeKey = tokens[i]?.key ?? "";
    const before = previousWordKey(i);
    if (before !== undefined && BEFORE_STOP.get(typeKey)?.has(before)) return undefined;
    let organ = organBefore(i);
    let nameStart = nextWord(typeLast);
    // "Tỉnh ủy Cao Bằng", "Huyện ủy Sông Lô": the party committee of the unit.
    if (full !== undefined && at(nameStart)?.key === COMMITTEE && types[0] !== "xã") {
      organ = "party committee";
      nameStart = nextWord(nameStart);
    }
    if (nameStart < 0 && abbr !== undefined && at(typeLast + 1)?.kind === "word") {
      nameStart = typeLast + 1; // "TP.Huế"
    }
    if (nameStart < 0) return undefined;
    const firstName = at(nameStart);
    if (firstName === undefined) return undefined;
    if (NAME_STOP.get(typeKey)?.has(firstName.key)) return undefined;
    // "Cộng hòa xã hội chủ nghĩa", written in capitals in every header.
    if (typeKey === k("xã") && firstName.key === k("hội")) return undefined;
    const level = UNIT_TYPE_LEVELS[types[0] ?? "xã"];
    const nameLast = nameFrom(nameStart, level === "commune" || level === "village");
    if (nameLast < 0) return undefined;
    const typeToken = tokens[i];
    const lastToken = tokens[nameLast];
    if (typeToken === undefined || lastToken === undefined) return undefined;
    const name = text.slice(firstName.start, lastToken.end).normalize("NFC");
    const type = resolveType(types, name);
    const mention: NamedUnitMention = {
      kind: "unit",
      type,
      types,
      level: UNIT_TYPE_LEVELS[type],
      name,
      typeText: text.slice(typeToken.start, tokens[typeLast]?.end ?? typeToken.end),
      ...(organ === undefined ? {} : { organ }),
      start: typeToken.start,
      end: lastToken.end,
      nameStart: firstName.start,
    };
    return { mention, first: i, last: nameLast };
  };

  /** "xã, phường, thị trấn" or "đơn vị hành chính cấp xã" after a number. */
  const typeList = (
    i: number,
  ): { types: UnitType[]; level: UnitLevel | undefined; last: number } | undefined => {
    const head = matchPhrase(i, true);
    if (head === undefined) return undefined;
    const types = [...head.phrase.types];
    let last = head.last;
    let level: UnitLevel | undefined;
    if (head.phrase.generic) {
      const cap = nextWord(last);
      const lv = LEVEL_WORDS.get(at(nextWord(cap))?.key ?? "");
      if (at(cap)?.key === k("cấp") && lv !== undefined) {
        level = lv;
        last = nextWord(cap);
      }
      return { types, level, last };
    }
    for (;;) {
      const joiner = at(last + 1);
      const start =
        joiner?.text === "," && inline(last + 2)
          ? last + 3
          : joiner?.kind === "space" && at(last + 2)?.key === k("và")
            ? nextWord(last + 2)
            : -1;
      const more = start < 0 ? undefined : matchPhrase(start, false);
      if (more === undefined || named(start) !== undefined) break;
      types.push(...more.phrase.types);
      last = more.last;
    }
    const levels = new Set(types.map((t) => UNIT_TYPE_LEVELS[t]));
    level = levels.size === 1 ? [...levels][0] : undefined;
    return { types: [...new Set(types)], level, last };
  };

  const figure = (i: number): Omit<ScannedMention, "sentence"> | undefined => {
    const t = tokens[i];
    if (t === undefined || t.key.length > 15) return undefined;
    // "năm 2019 huyện…", "số 12 xã…": a year or a number label, not a count.
    if (NOT_A_COUNT.has(previousWordKey(i) ?? "") || at(i - 1)?.text === "/") return undefined;
    if (at(i + 1)?.text === "/" && at(i + 2)?.kind === "number") {
      const whole = tokens[i + 2];
      const list = typeList(nextWord(i + 2));
      if (whole === undefined || list === undefined || whole.key.length > 15) return undefined;
      const mention: UnitCoverageMention = {
        kind: "coverage",
        part: t.text,
        whole: whole.text,
        partValue: Number(t.key),
        wholeValue: Number(whole.key),
        types: list.types,
        ...(list.level === undefined ? {} : { level: list.level }),
        start: t.start,
        end: tokens[list.last]?.end ?? whole.end,
      };
      return { mention, first: i, last: list.last };
    }
    const list = typeList(nextWord(i));
    if (list === undefined) return undefined;
    const mention: UnitCountMention = {
      kind: "count",
      count: t.text,
      value: Number(t.key),
      types: list.types,
      ...(list.level === undefined ? {} : { level: list.level }),
      start: t.start,
      end: tokens[list.last]?.end ?? t.end,
    };
    return { mention, first: i, last: list.last };
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t === undefined) break;
    const hit = t.kind === "number" ? figure(i) : t.kind === "word" ? named(i) : undefined;
    if (hit !== undefined) {
      found.push(hit);
      i = hit.last;
    }
  }
  return withSentences(text, tokens, found);
}

function withSentences(
  text: string,
  tokens: readonly UnitToken[],
  found: readonly Omit<ScannedMention, "sentence">[],
): UnitScan {
  const sentenceOf: number[] = new Array(tokens.length);
  let sentence = 0;
  let m = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    while (found[m] !== undefined && (found[m]?.last ?? 0) < i) m += 1;
    const inside = found[m] !== undefined && (found[m]?.first ?? 0) <= i;
    sentenceOf[i] = sentence;
    const t = tokens[i];
    if (!inside && t !== undefined && (SENTENCE_END.has(t.text) || t.lineBreak)) sentence += 1;
  }
  const mentions = found.map((f) => ({ ...f, sentence: sentenceOf[f.first] ?? 0 }));
  return { text, tokens, sentenceOf, mentions };
}

function resolveType(types: readonly UnitType[], name: string): UnitType {
  if (types.length > 1) {
    return provinceNames.has(nameKey(name))
      ? "thành phố trực thuộc trung ương"
      : "thành phố thuộc tỉnh";
  }
  return types[0] ?? "xã";
}
