import { matchKey } from "../core/text.js";
import type { QuantityToken } from "../quantities/token.js";
import type { Token } from "../text/lexer.js";
import type { AuditContext } from "./context.js";
import { COMPLEMENT_PREFIXES, PARTITIONS, REST_LABELS, type Role, SAME_COUNT } from "./lexicon.js";
import { cuesFrom, cuesIn, type Passage, solidAfter, solidBefore, tokenAt } from "./passage.js";

// Cues that cannot start a unit: "12, trong đó", "12 tăng", "12 so với".
const NOT_A_NOUN: readonly Role[] = [
  "list-some",
  "list-all",
  "list-with",
  "up",
  "down",
  "compare",
  "equivalent",
  "clause",
  "link",
  "remainder",
  "average",
  "function",
];

/**
 * What a figure counts, as an open class: the unit the scanner knows ("hồ sơ", "ha"), else the
 * word right after the figure ("DN", "phiếu", "thí sinh"), when that word is no role word.
 *
 * @param ctx - the audit context
 * @param token - a figure
 * @returns the unit's key, or undefined when the figure has none
 */
export function nounOf(ctx: AuditContext, token: QuantityToken): string | undefined {
  if (token.unit) return token.unit.kind === "percent" ? undefined : token.unit.canonical;
  const passage = ctx.passageAt(token.numberStart);
  if (!passage) return undefined;
  let next = solidAfter(passage, token.end);
  if (next?.kind !== "word" || next.start - token.end > 1) return undefined;
  // "150 số vụ khám phá": the count is of what follows "số".
  if (next.key === "số") next = solidAfter(passage, next.end);
  if (next?.kind !== "word") return undefined;
  const i = tokenAt(passage, next.start);
  const cues = cuesFrom(passage, i);
  // "103 bị can": a noun of the lexicon, though its first word is a function word.
  const noun = cues.find((c) => c.roles.has("noun"));
  if (noun) return noun.phrase;
  if (cues.some((c) => NOT_A_NOUN.some((r) => c.roles.has(r)))) return undefined;
  return next.key;
}

const SAME_COUNT_KEYS = SAME_COUNT.map((set) => set.map(matchKey));

/**
 * Whether two nouns count the same thing: equal, or in one of the lexicon's `SAME_COUNT` sets
 * ("nhân khẩu" and "người", "học sinh" and "em").
 *
 * @param a - a noun, as {@link nounOf} gives it
 * @param b - another
 * @returns true when a part counted in one may belong to a total counted in the other
 */
export function sameNoun(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const x = matchKey(a);
  const y = matchKey(b);
  return x === y || SAME_COUNT_KEYS.some((set) => set.includes(x) && set.includes(y));
}

// Words that say nothing of what a figure is: function words, directions, comparisons.
const LABEL_NOISE: readonly Role[] = [
  "function",
  "up",
  "down",
  "change-word",
  "compare",
  "equivalent",
];

/**
 * The words of `[from, to)` that can name what a figure is ("bị thương", "khám phá"): word
 * keys, less the function words of the lexicon.
 *
 * @param passage - the passage
 * @param from - start offset
 * @param to - end offset
 * @returns the content word keys in order
 */
export function contentWords(passage: Passage, from: number, to: number): string[] {
  const words: string[] = [];
  const skip = new Set<number>();
  for (const cue of cuesIn(passage, from, to))
    if (LABEL_NOISE.some((r) => cue.roles.has(r)))
      for (let i = cue.first; i <= cue.last; i++) skip.add(i);
  for (let i = tokenAt(passage, from); i < passage.tokens.length; i++) {
    const t = passage.tokens[i] as Token;
    if (t.end > to) break;
    if (t.kind === "word" && !skip.has(i)) words.push(t.key);
  }
  return words;
}

/**
 * The words naming a figure: back from it to a mark, and on from its unit to a mark ("làm chết
 * 688 người", "3.000 liều lép tô").
 *
 * @param passage - the passage holding the figure
 * @param token - the figure
 * @returns the content word keys
 */
export function figureWords(passage: Passage, token: QuantityToken): string[] {
  let from = token.start;
  for (let t = solidBefore(passage, token.start); t && t.kind === "word"; ) {
    if (token.start - t.start > 40) break;
    from = t.start;
    t = solidBefore(passage, t.start);
  }
  let to = token.end;
  for (let t = solidAfter(passage, token.end); t && t.kind === "word"; ) {
    if (t.end - token.end > 30) break;
    to = t.end;
    t = solidAfter(passage, t.end);
  }
  return [...contentWords(passage, from, token.start), ...contentWords(passage, token.end, to)];
}

const PARTITION_KEYS = PARTITIONS.map((set) => set.map((label) => ` ${matchKey(label)} `));
const PREFIXES = COMPLEMENT_PREFIXES.map(matchKey);
const REST_KEYS = REST_LABELS.map((label) => ` ${matchKey(label)} `);

/**
 * Whether the labels of a list's parts plainly cover its whole: one label for each member of a
 * set of the lexicon's `PARTITIONS` ("đô thị" / "nông thôn", "cấp tỉnh" / "cấp huyện" / "cấp
 * xã"), two labels one of which is the other's rest ("có điều kiện" / "chưa có điều kiện"), or
 * a last label naming the rest ("khác", "còn lại").
 *
 * @param labels - the parts' labels, as written
 * @param rests - whether a label and its rest ("chưa …") count as covering the whole
 * @returns true when nothing is left out
 */
export function coverWhole(labels: readonly string[], rests = true): boolean {
  const keys = labels.map((l) => ` ${matchKey(l).replace(/[^\p{L}\p{N}]+/gu, " ")} `);
  // "…; cơ sở y tế khác: 300": the last part is the rest of the whole, whatever the others are.
  const last = labels[labels.length - 1];
  if (rests && keys.length >= 2 && last !== undefined && namesRest(last)) return true;
  if (rests && keys.length === 2) {
    const [a, b] = keys as [string, string];
    for (const p of PREFIXES) {
      const strip = (k: string) => k.replace(` ${p} `, " ");
      if (
        (b.includes(` ${p} `) && a.includes(strip(b).trim())) ||
        (a.includes(` ${p} `) && b.includes(strip(a).trim()))
      )
        return true;
    }
  }
  return PARTITION_KEYS.some(
    (set) =>
      set.length === keys.length &&
      set.every((member) => keys.filter((k) => k.includes(member)).length === 1) &&
      keys.every((k) => set.some((member) => k.includes(member))),
  );
}

/**
 * Whether a part's label names the rest of its whole ("các loại khác", "số còn lại").
 *
 * @param label - the label, as written
 * @returns true when one of the lexicon's `REST_LABELS` is in it
 */
export function namesRest(label: string): boolean {
  const key = ` ${matchKey(label).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return REST_KEYS.some((k) => key.includes(k));
}

/**
 * Whether a figure is a plain whole count: no percentage, qualifier, ambiguity, decimals or
 * sign ("1.536 đơn", not "khoảng 40 đơn" nor "12,5").
 *
 * @param t - a figure
 * @returns true for a count that parts and totals may be made of
 */
export function isWholeCount(t: QuantityToken): boolean {
  return !t.percent && !t.qualifier && !t.ambiguity && t.decimals === 0 && !t.numeral.isNegative();
}
