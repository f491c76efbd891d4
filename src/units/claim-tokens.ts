import { matchKey } from "../core/text.js";
import type { UnitCountMention } from "./mention-types.js";
import type { ScannedMention } from "./scan.js";
import type { UnitToken } from "./tokens.js";

/** A scanned mention of a known kind. */
export type Scanned<M> = ScannedMention & { readonly mention: M };

/**
 * Tells whether a scanned mention is a count.
 *
 * @param m - a scanned mention
 * @returns true for counts
 */
export const isCount = (m: ScannedMention): m is Scanned<UnitCountMention> =>
  m.mention.kind === "count";

const k = matchKey;

/**
 * Words (keys) strictly between two token indices, spaces left out.
 *
 * @param tokens - the tokens
 * @param from - index before the range
 * @param to - index after the range
 * @returns the keys
 */
export function between(tokens: readonly UnitToken[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let i = from + 1; i < to; i += 1) {
    const t = tokens[i];
    if (t !== undefined && t.kind !== "space") keys.push(t.key);
  }
  return keys;
}

export function nextKey(tokens: readonly UnitToken[], i: number): string | undefined {
  for (let j = i + 1; j < tokens.length; j += 1) {
    const t = tokens[j];
    if (t === undefined) return undefined;
    if (t.kind === "space") {
      if (t.lineBreak) return ".";
      continue;
    }
    return t.key;
  }
  return undefined;
}

/** Numbers after "từ" and after "xuống"/"còn" in one sentence: "giảm từ 127 xuống còn 124". */
export function fromTo(
  tokens: readonly UnitToken[],
  sentenceOf: readonly number[],
  start: number,
  sentences: ReadonlySet<number>,
): { from: UnitToken; to: UnitToken } | undefined {
  let from: UnitToken | undefined;
  let expect: "from" | "to" | undefined;
  for (let i = start; i < tokens.length && sentences.has(sentenceOf[i] ?? -1); i += 1) {
    const t = tokens[i];
    if (t === undefined || t.kind === "space") continue;
    if (t.kind === "word" && t.key === k("từ")) expect = "from";
    else if (t.kind === "word" && (t.key === k("xuống") || t.key === k("còn")) && from)
      expect = "to";
    else if (t.kind === "number" && expect === "from") {
      from = t;
      expect = undefined;
    } else if (t.kind === "number" && expect === "to" && from !== undefined) {
      return { from, to: t };
    }
  }
  return undefined;
}
