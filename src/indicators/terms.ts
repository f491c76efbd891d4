import { canonicalToneMarks } from "../core/text.js";
import { UNIT_WORDS } from "../quantities/words.js";

/** Where a term matched in a normalised window, and how specific the match is. */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  /** Characters of the term's own words (gaps excluded): longer phrases are more specific. */
  readonly weight: number;
}

/** A term compiled once: its pattern and weight. */
export interface CompiledTerm {
  readonly text: string;
  readonly pattern: RegExp;
  readonly weight: number;
  /**
   * The term's words (runs of letters and digits). A window can only match the term when every
   * one of them is a word of the window: checked first, far cheaper than the pattern.
   */
  readonly words: readonly string[];
  /**
   * The words that border a gap (`...`): what the gap matches may run into them ("tiếp ... lượt"
   * matches "tiếpđược 130 lượt"), so a window need only contain them, not as whole words.
   */
  readonly parts: readonly string[];
}

// A gap ("đã giải quyết ... đạt") stays inside one clause: no line break, tab or sentence end
// (a dot between digits is a thousands separator, not an end).
const GAP = "(?:[^\\n\\t.!?;]|\\.(?=\\d)){1,60}?";
const GAP_MARK = /\s*(?:\.\.\.|…)\s*/u;
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

/**
 * The comparison form of a text: NFC, one tone-mark placement, lower case, every white-space
 * character a plain space. Offsets are kept (same length) whenever that is possible, so
 * distances measured in it are distances in the text.
 *
 * @param text - any text
 * @returns the normalised text
 */
export function normalise(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return normaliseNow(text);
  let known = memo.get(text);
  if (known === undefined) {
    known = normaliseNow(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, known);
  }
  return known;
}

// Section headings, table headers and unit words are normalised again for every claim under
// them: the short texts of the last few claims are kept.
const MEMO_MAX_LENGTH = 200;
const MEMO_SIZE = 1_000;
const memo = new Map<string, string>();

function normaliseNow(text: string): string {
  const nfc = text.normalize("NFC");
  const folded = canonicalToneMarks(nfc).toLowerCase();
  const same = folded.length === nfc.length ? folded : nfc.toLowerCase();
  // Every white-space character but the space itself (no "u" flag: \s is the same set, and faster).
  return same.replace(/[^\S ]/g, " ");
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Compiles a term: words match whole words with any spacing, `...` matches a short gap inside
 * one clause.
 *
 * @param term - a phrase as written in the catalogue
 * @returns the compiled term
 */
export function compileTerm(term: string): CompiledTerm {
  const pieces = normalise(term)
    .split(GAP_MARK)
    .map((p) => p.trim())
    .filter(Boolean);
  const source = pieces.map((p) => p.split(/\s+/u).map(escapeWord).join("\\s+")).join(GAP);
  return {
    text: term,
    pattern: new RegExp(`${BEFORE}${source}${AFTER}`, "gu"),
    weight: pieces.reduce((n, p) => n + p.replace(/\s+/gu, "").length, 0),
    ...termWords(pieces),
  };
}

// Every match of a term's pattern has each of the term's words as a whole run of letters and
// digits, except a word next to a gap: the first word follows a non-letter (BEFORE), the last
// precedes one (AFTER), words are separated by white space, and the other characters of a word
// are matched literally; a gap may end or begin with a letter, so a word beside it may be glued
// to the gap's text, and is only contained in the window.
const WORD = /[\p{L}\p{N}]+/gu;

function termWords(pieces: readonly string[]): { words: string[]; parts: string[] } {
  const words = new Set<string>();
  const parts = new Set<string>();
  pieces.forEach((piece, j) => {
    const found = piece.match(WORD) ?? [];
    found.forEach((word, k) => {
      const besideGap = (j > 0 && k === 0) || (j < pieces.length - 1 && k === found.length - 1);
      (besideGap ? parts : words).add(word);
    });
  });
  return { words: [...words], parts: [...parts].filter((p) => !words.has(p)) };
}
const WORDS_KEPT = 8;
// A whole text is searched for a few terms once: its words would cost more than the patterns.
const WORDS_MAX_WINDOW = 4_000;
const wordCache = new Map<string, ReadonlySet<string>>();

/** The words of a normalised window, the last few windows' kept (one claim asks many terms). */
function wordsOf(window: string): ReadonlySet<string> {
  let words = wordCache.get(window);
  if (!words) {
    words = new Set(window.match(WORD));
    if (wordCache.size >= WORDS_KEPT) wordCache.delete(wordCache.keys().next().value ?? "");
    wordCache.set(window, words);
  }
  return words;
}

/**
 * The words of a normalised window (runs of letters and digits), or undefined for a window too
 * long to index: to pass to {@link mayOccur} when many terms are tried on one window.
 *
 * @param window - normalised text
 * @returns the set of its words, or undefined
 */
export function windowWords(window: string): ReadonlySet<string> | undefined {
  return window.length > WORDS_MAX_WINDOW ? undefined : wordsOf(window);
}

/**
 * Whether a term can occur in a window: false when one of its words is not a word of the
 * window, or a word beside a gap is not in it at all (then {@link findTerm} finds nothing); true
 * otherwise, and for windows too long to index.
 *
 * @param term - the compiled term
 * @param window - normalised text
 * @param words - the window's words, when the caller has them ({@link windowWords})
 * @returns false when the term cannot occur
 */
export function mayOccur(
  term: CompiledTerm,
  window: string,
  words: ReadonlySet<string> | undefined = window.length > WORDS_MAX_WINDOW
    ? undefined
    : wordsOf(window),
): boolean {
  if (words === undefined) return true;
  for (const word of term.words) if (!words.has(word)) return false;
  for (const part of term.parts) if (!window.includes(part)) return false;
  return true;
}

/**
 * Every match of a compiled term in a normalised window.
 *
 * @param term - the compiled term
 * @param window - normalised text
 * @returns the hits in order
 */
export function findTerm(term: CompiledTerm, window: string): TermHit[] {
  const hits: TermHit[] = [];
  if (!mayOccur(term, window)) return hits;
  for (const m of window.matchAll(term.pattern)) {
    const start = m.index ?? 0;
    hits.push({ start, end: start + m[0].length, weight: term.weight });
  }
  return hits;
}

/**
 * Whether any of the terms occurs in the window.
 *
 * @param terms - compiled terms
 * @param window - normalised text
 * @returns the heaviest hit, or undefined
 */
export function anyTerm(terms: readonly CompiledTerm[], window: string): TermHit | undefined {
  let best: TermHit | undefined;
  for (const term of terms) {
    for (const hit of findTerm(term, window)) {
      if (!best || hit.weight > best.weight) best = hit;
    }
  }
  return best;
}

const UNIT_PATTERN = new RegExp(
  `^\\s*(${[...UNIT_WORDS]
    .filter((u) => u.kind !== "percent")
    .map((u) => normalise(u.text))
    .sort((a, b) => b.length - a.length)
    .map((u) => u.split(/\s+/u).map(escapeWord).join("\\s+"))
    .join("|")})${AFTER}`,
  "u",
);
const CANONICAL = new Map(UNIT_WORDS.map((u) => [normalise(u.text), u.canonical]));

/**
 * The unit word right after a figure ("318 đơn" → "đơn", "2.180 TTHC" → "thủ tục hành chính").
 *
 * @param after - normalised text following the figure
 * @returns the canonical unit, or undefined when no unit follows
 */
export function unitAfter(after: string): string | undefined {
  const m = UNIT_PATTERN.exec(after.slice(0, 40));
  if (!m?.[1]) return undefined;
  return CANONICAL.get(m[1].replace(/\s+/gu, " ")) ?? m[1];
}
