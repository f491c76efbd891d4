import { lowerBound } from "../core/search.js";
import { matchKey } from "../core/text.js";
import { lex, type Token } from "../text/lexer.js";
import { LEXICON, type Role } from "./lexicon.js";

/** A role word or phrase of the lexicon found in a passage. */
export interface Cue {
  /** What it may do (a word can have several roles: "với" joins a base, or opens a clause). */
  readonly roles: ReadonlySet<Role>;
  /** The phrase as the lexicon has it, by key ("trong đó"). */
  readonly phrase: string;
  /** Index of its first and last token in the passage. */
  readonly first: number;
  readonly last: number;
  /** Offsets in the prepared text. */
  readonly start: number;
  readonly end: number;
}

/**
 * One stretch of text the rules read at once (a sentence of running text, or a whole table):
 * its tokens, lexed once, and the role words among them.
 */
export interface Passage {
  readonly kind: "sentence" | "table";
  readonly start: number;
  readonly end: number;
  /** The tokens of `[start, end)`, spaces included (see {@link lex}). */
  readonly tokens: readonly Token[];
  /** Every lexicon phrase that occurs, in order of its first token (overlapping ones too). */
  readonly cues: readonly Cue[];
  /** A sentence's paragraph, or the table (index into the segments' paragraphs or tables). */
  readonly group: number;
}

interface Phrase {
  readonly keys: readonly string[];
  readonly text: string;
  readonly roles: Set<Role>;
}

/** Tokens, spaces included, that the longest phrase of the lexicon can span. */
let LONGEST_PHRASE = 0;

/** Lexicon phrases indexed by the key of their first word, longest first. */
const PHRASES: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const byText = new Map<string, Phrase>();
  for (const [role, words] of Object.entries(LEXICON) as [Role, readonly string[]][]) {
    for (const word of words) {
      const text = matchKey(word);
      const known = byText.get(text);
      if (known) known.roles.add(role);
      else byText.set(text, { keys: splitKeys(text), text, roles: new Set([role]) });
    }
  }
  const index = new Map<string, Phrase[]>();
  for (const phrase of byText.values()) {
    const first = phrase.keys[0] as string;
    index.set(first, [...(index.get(first) ?? []), phrase]);
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  // Each word may be followed by a space; a phrase spans at most twice its keys.
  for (const phrase of byText.values())
    LONGEST_PHRASE = Math.max(LONGEST_PHRASE, phrase.keys.length * 2);
  return index;
})();

/** A phrase's keys as the lexer would make them ("điểm %" → "điểm", "%"). */
function splitKeys(text: string): string[] {
  return lex(text)
    .filter((t) => t.kind !== "space")
    .map((t) => t.key);
}

/**
 * Reads `[start, end)` of the prepared text as a passage: lexes it once and finds every role
 * word of the lexicon in it.
 *
 * @param text - the prepared text
 * @param range - the passage's range, its kind and group
 * @returns the passage
 */
export function readPassage(
  text: string,
  range: { start: number; end: number; kind: Passage["kind"]; group: number },
): Passage {
  const tokens = lex(text, { range });
  return { ...range, tokens, cues: findCues(tokens) };
}

function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "space") continue;
    for (const phrase of PHRASES.get(token.key) ?? []) {
      const last = matchFrom(tokens, i, phrase.keys);
      if (last === -1) continue;
      cues.push({
        roles: phrase.roles,
        phrase: phrase.text,
        first: i,
        last,
        start: token.start,
        end: (tokens[last] as Token).end,
      });
    }
  }
  return cues;
}

/** The index of the last token of `keys` read from token `i` (spaces between), or -1. */
function matchFrom(tokens: readonly Token[], i: number, keys: readonly string[]): number {
  let j = i;
  for (let k = 1; k < keys.length; k++) {
    j = nextSolid(tokens, j);
    if (j === -1 || tokens[j]?.key !== keys[k]) return -1;
  }
  // A word phrase ends at a word's end: "còn" is not the start of "cònlại".
  return j;
}

/** The index of the next token after `i` that is not a space, or -1. */
export function nextSolid(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j]?.kind !== "space") return j;
  return -1;
}

/** The index of the first token of a passage that starts at or after `offset`. */
export function tokenAt(passage: Passage, offset: number): number {
  return lowerBound(passage.tokens, offset, (t) => t.start);
}

/** The first token that is not a space starting at or after `offset`, if any. */
export function solidAfter(passage: Passage, offset: number): Token | undefined {
  const i = tokenAt(passage, offset);
  const t = passage.tokens[i];
  return t?.kind === "space" ? passage.tokens[nextSolid(passage.tokens, i)] : t;
}

/** The last token that is not a space ending at or before `offset`, if any. */
export function solidBefore(passage: Passage, offset: number): Token | undefined {
  for (let i = tokenAt(passage, offset) - 1; i >= 0; i--) {
    const t = passage.tokens[i] as Token;
    if (t.end <= offset && t.kind !== "space") return t;
  }
  return undefined;
}

/**
 * Where the run of words right before `offset` starts: each word that starts at most `reach`
 * characters before `offset` is taken, back to the first token that is no word (the words
 * naming a figure or a share: "Tỷ lệ hộ nghèo chiếm").
 */
export function wordsStart(passage: Passage, offset: number, reach: number): number {
  let from = offset;
  for (
    let t = solidBefore(passage, offset);
    t?.kind === "word";
    t = solidBefore(passage, t.start)
  ) {
    if (offset - t.start > reach) break;
    from = t.start;
  }
  return from;
}

/**
 * Whether every token that is not a space within `[from, to)` passes `test` (stops at the first
 * that does not, so a long passage is not walked to its end).
 */
export function everySolid(
  passage: Passage,
  from: number,
  to: number,
  test: (token: Token) => boolean,
): boolean {
  for (let i = tokenAt(passage, from); i < passage.tokens.length; i++) {
    const t = passage.tokens[i] as Token;
    if (t.end > to) break;
    if (t.kind !== "space" && !test(t)) return false;
  }
  return true;
}

/** The tokens, spaces included, lying wholly within `[from, to)` of the text. */
export function tokensIn(passage: Passage, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(passage, from); i < passage.tokens.length; i++) {
    const t = passage.tokens[i] as Token;
    if (t.end > to) break;
    out.push(t);
  }
  return out;
}

/** The tokens that are not spaces within `[from, to)` of the text. */
export function solidTokens(passage: Passage, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(passage, from); i < passage.tokens.length; i++) {
    const t = passage.tokens[i] as Token;
    if (t.end > to) break;
    if (t.kind !== "space") out.push(t);
  }
  return out;
}

/** The cues whose first token is token `i` of the passage (found by search, not by a scan). */
export function cuesFrom(passage: Passage, i: number): Cue[] {
  const start = passage.tokens[i]?.start;
  if (start === undefined) return [];
  const out: Cue[] = [];
  for (let j = lowerBound(passage.cues, start, (c) => c.start); j < passage.cues.length; j++) {
    const cue = passage.cues[j] as Cue;
    if (cue.first !== i) break;
    out.push(cue);
  }
  return out;
}

/** The cues lying wholly within `[from, to)` of the text. */
export function cuesIn(passage: Passage, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const i = lowerBound(passage.cues, from, (c) => c.start);
  for (let j = i; j < passage.cues.length; j++) {
    const cue = passage.cues[j] as Cue;
    if (cue.start >= to) break;
    if (cue.end <= to) out.push(cue);
  }
  return out;
}

/** Whether a cue of `role` lies wholly within `[from, to)` of the text. */
export function hasRole(passage: Passage, from: number, to: number, role: Role): boolean {
  return cuesIn(passage, from, to).some((c) => c.roles.has(role));
}

/**
 * The cue of `role` that starts the text at `offset` (after spaces), read no further than
 * `limit`: "kế hoạch" right after "93,81%".
 */
export function cueAt(
  passage: Passage,
  offset: number,
  role: Role,
  limit = passage.end,
): Cue | undefined {
  let i = tokenAt(passage, offset);
  while (passage.tokens[i]?.kind === "space") i++;
  const start = passage.tokens[i]?.start;
  if (start === undefined) return undefined;
  for (let j = lowerBound(passage.cues, start, (c) => c.start); j < passage.cues.length; j++) {
    const c = passage.cues[j] as Cue;
    if (c.first !== i) break;
    if (c.roles.has(role) && c.end <= limit) return c;
  }
  return undefined;
}

/** The cue of `role` that ends right before `offset` (spaces between): "tăng" before "140". */
export function cueBefore(passage: Passage, offset: number, role: Role): Cue | undefined {
  let i = tokenAt(passage, offset) - 1;
  while (i >= 0 && passage.tokens[i]?.kind === "space") i--;
  if (i < 0) return undefined;
  // A phrase has a few words: the cues ending at token i start at most this many tokens before.
  const from = passage.tokens[Math.max(0, i - LONGEST_PHRASE)]?.start ?? 0;
  let found: Cue | undefined;
  for (let j = lowerBound(passage.cues, from, (c) => c.start); j < passage.cues.length; j++) {
    const cue = passage.cues[j] as Cue;
    if (cue.first > i) break;
    if (cue.last === i && cue.roles.has(role) && (!found || cue.first < found.first)) found = cue;
  }
  return found;
}
