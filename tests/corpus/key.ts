// The answer key of the real-text corpus: what a careful reader finds in each passage, with every
// claim recomputed here with decimal.js (independently of the library's calculators), so a key
// whose verdict does not follow from its own figures is refused.
import { readdirSync, readFileSync } from "node:fs";
import DecimalBase from "decimal.js";
import { z } from "zod";

const D = DecimalBase.clone({ precision: 60, rounding: DecimalBase.ROUND_HALF_UP });
type D = DecimalBase;

/** The claim shapes of issue #17 (section 3), then the other kinds the auditor checks. */
export const SHAPES = [
  "change-delta",
  "share",
  "breakdown",
  "partition",
  "bracket",
  "fraction",
  "both-periods",
  "pp-gap",
  "remainder",
  "plan",
  "sum100",
  "average",
  "resolution",
  "rank",
  "qualifier",
  "reachability",
  "table",
  "date",
] as const;
export type Shape = (typeof SHAPES)[number];

export const SHAPE_TITLES: Record<Shape, string> = {
  "change-delta": "1. change: delta and its percentage",
  share: "2. share of a base",
  breakdown: "3. marked breakdown",
  partition: "4. implicit partition",
  bracket: "5. bracketed breakdown",
  fraction: "6. fraction with its rate",
  "both-periods": "7. both periods written",
  "pp-gap": "8. percentage-point gap",
  remainder: "9. remainder, balance",
  plan: "10. percent of plan",
  sum100: "11. shares summing to 100",
  average: "12. average",
  resolution: "resolution",
  rank: "rank",
  qualifier: "qualifier",
  reachability: "reachability",
  table: "table",
  date: "date",
};

/**
 * A figure of a claim as written in the passage: its numeral (`text`, "5.860", "7,30", "-15,2")
 * and, when that numeral occurs more than once, a longer piece of the passage (`near`) that holds
 * it once. `value` overrides the reading of the numeral (for "66.7" written with a dot).
 */
const figureSchema = z.union([
  z.string().min(1),
  z.object({
    text: z.string().min(1),
    near: z.string().min(1).optional(),
    value: z.string().optional(),
  }),
]);

const claimSchema = z
  .object({
    id: z.string().regex(/^c\d+$/),
    shape: z.enum(SHAPES),
    /** The figures by name; names are used in `formula`. */
    figures: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), figureSchema),
    /** The name of the figure the claim states (the one a typist's slip is put into). */
    stated: z.string(),
    /**
     * How the stated figure is recomputed from the others (+ - * / and brackets over figure
     * names and plain numbers). Absent for a claim judged on facts outside the passage (`fact`).
     */
    formula: z.string().optional(),
    /**
     * How the stated figure is compared with the formula's value: `round` (default: half up at
     * the decimals written; truncation gives `truncated`), `exact`, or an absolute tolerance
     * ("0.15" for three shares of one decimal summing to 100), or `reachable` for a share of a
     * whole count whose part is not written (GRIM: the formula gives the whole; some whole
     * number of it must give the share).
     */
    compare: z
      .union([z.enum(["round", "exact", "reachable"]), z.string().regex(/^\d+(\.\d+)?$/)])
      .optional(),
    /** A qualifier written before the stated figure: the claim is then a bound on the value. */
    qualifier: z.enum(["over", "at-least", "under", "at-most", "nearly"]).optional(),
    verdict: z.enum(["consistent", "truncated", "wrong", "ambiguous"]),
    /** What the reader recomputed, for a person to read ("412/5.860 = 7,03%"). */
    recomputed: z.string().min(1),
    /** Why a claim is ambiguous, or how a fact was checked. */
    reason: z.string().optional(),
    fact: z.boolean().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!(c.stated in c.figures))
      ctx.addIssue({ code: "custom", message: `stated figure "${c.stated}" is not in figures` });
    if (!c.formula && !c.fact)
      ctx.addIssue({ code: "custom", message: "a claim needs a formula, or fact: true" });
    if ((c.verdict === "ambiguous" || c.fact) && !c.reason)
      ctx.addIssue({ code: "custom", message: "an ambiguous or fact claim needs a reason" });
  });

export const passageKeySchema = z
  .object({
    id: z.string().regex(/^p\d{3}$/),
    /** The page the passage was copied from, verbatim. */
    source: z.url(),
    /** The state body that published it. */
    publisher: z.string().min(3),
    /** What the passage is about: petitions, procedures, budget, health… */
    domain: z.string().min(3),
    /** When the page was published or the period it reports, as the page says. */
    published: z.string().optional(),
    claims: z.array(claimSchema),
  })
  .strict();

export type ClaimKey = z.infer<typeof claimSchema>;
export type PassageKey = z.infer<typeof passageKeySchema>;

/** A figure of a claim located in its passage. */
export interface LocatedFigure {
  readonly name: string;
  readonly text: string;
  /** Offset of the numeral in the passage (UTF-16). */
  readonly start: number;
  readonly end: number;
  readonly value: D;
  /** Decimal places as written. */
  readonly decimals: number;
  /** The value given in the key instead of the reading of the numeral, when there is one. */
  readonly given?: string;
}

export type Verdict = "consistent" | "truncated" | "wrong";

/** A claim of the key with its figures found in the passage and its verdict recomputed. */
export interface CheckedClaim {
  readonly passage: string;
  readonly key: ClaimKey;
  readonly figures: readonly LocatedFigure[];
  readonly stated: LocatedFigure;
  /** The formula's exact value (absent for fact claims). */
  readonly exact?: D;
  /** The verdict recomputed from the figures (the key's own for fact and ambiguous claims). */
  readonly verdict: ClaimKey["verdict"];
}

export interface CorpusPassage {
  readonly key: PassageKey;
  readonly text: string;
  readonly claims: readonly CheckedClaim[];
}

/** Reads a Vietnamese numeral: "5.860" 5860, "7,30" 7.30, "-15,2" -15.2, "1.274.000" 1274000. */
export function readNumeral(text: string): { value: D; decimals: number } {
  const t = text.replace(/\s*%$/, "").replace(/^\+/, "").replace(/^[−–]/, "-");
  if (!/^-?\d[\d.,]*$/.test(t)) throw new Error(`not a numeral: "${text}"`);
  let plain: string;
  if (t.includes(",")) plain = t.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) plain = t.replace(/\./g, "");
  else if (t.includes("."))
    throw new Error(`"${text}" has a dot that is not a thousands dot: give its value`);
  else plain = t;
  const decimals = plain.includes(".") ? (plain.split(".")[1] ?? "").length : 0;
  return { value: new D(plain), decimals };
}

/** Where a numeral stands in the passage: once, or once inside `near`. */
function locate(text: string, name: string, spec: z.infer<typeof figureSchema>): LocatedFigure {
  const f = typeof spec === "string" ? { text: spec } : spec;
  const occurrences = (hay: string, needle: string): number[] => {
    const out: number[] = [];
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
      const before = hay[i - 1] ?? " ";
      const after = hay[i + needle.length] ?? " ";
      // A numeral stands alone: not inside a longer number or word.
      if (/[\p{L}\d]/u.test(before) || /[\p{L}\d]/u.test(after)) continue;
      if (/[.,]/.test(before) && /\d/.test(hay[i - 2] ?? "")) continue;
      if (/[.,]/.test(after) && /\d/.test(hay[i + needle.length + 1] ?? "")) continue;
      out.push(i);
    }
    return out;
  };
  let start: number;
  if (f.near) {
    const at = text.indexOf(f.near);
    if (at === -1 || text.indexOf(f.near, at + 1) !== -1)
      throw new Error(`${name}: "near" must occur exactly once in the passage: "${f.near}"`);
    const inside = occurrences(f.near, f.text);
    if (inside.length !== 1)
      throw new Error(`${name}: "${f.text}" must occur exactly once in "${f.near}"`);
    start = at + (inside[0] as number);
  } else {
    const all = occurrences(text, f.text);
    if (all.length !== 1)
      throw new Error(
        `${name}: "${f.text}" occurs ${all.length} times in the passage; give "near"`,
      );
    start = all[0] as number;
  }
  const read = f.value
    ? { value: new D(f.value), decimals: decimalsOf(f.value), given: f.value }
    : readNumeral(f.text);
  return { name, text: f.text, start, end: start + f.text.length, ...read };
}

const decimalsOf = (plain: string) =>
  plain.includes(".") ? (plain.split(".")[1] ?? "").length : 0;

/** Evaluates + - * / and brackets over names and plain numbers, exactly. */
export function evaluate(formula: string, values: ReadonlyMap<string, D>): D {
  const tokens = formula.match(/\d+(?:\.\d+)?|[A-Za-z][A-Za-z0-9]*|[-+*/()]/g) ?? [];
  if (tokens.join("") !== formula.replace(/\s+/g, ""))
    throw new Error(`formula has characters it cannot read: "${formula}"`);
  let i = 0;
  const peek = () => tokens[i];
  const expr = (): D => {
    let v = term();
    while (peek() === "+" || peek() === "-")
      v = tokens[i++] === "+" ? v.plus(term()) : v.minus(term());
    return v;
  };
  const term = (): D => {
    let v = factor();
    while (peek() === "*" || peek() === "/") {
      const op = tokens[i++];
      const r = factor();
      if (op === "/" && r.isZero()) throw new Error(`division by zero in "${formula}"`);
      v = op === "*" ? v.times(r) : v.div(r);
    }
    return v;
  };
  const factor = (): D => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`formula ends early: "${formula}"`);
    if (t === "(") {
      const v = expr();
      if (tokens[i++] !== ")") throw new Error(`unclosed bracket in "${formula}"`);
      return v;
    }
    if (t === "-") return factor().neg();
    if (/^\d/.test(t)) return new D(t);
    const v = values.get(t);
    if (!v) throw new Error(`formula names "${t}", which is not a figure`);
    return v;
  };
  const v = expr();
  if (i !== tokens.length) throw new Error(`formula has a stray "${tokens[i]}": "${formula}"`);
  return v;
}

/**
 * The verdict on a stated value against the exact one: what a careful reader concludes.
 * Signs are ignored ("giảm 30 (-15,2%)" states a fall of 15,2%).
 */
export function judge(
  exact: D,
  stated: { value: D; decimals: number },
  key: Pick<ClaimKey, "compare" | "qualifier">,
): Verdict {
  const v = exact.abs();
  const s = stated.value.abs();
  switch (key.qualifier) {
    case "over":
      return v.gt(s) ? "consistent" : "wrong";
    case "at-least":
      return v.gte(s) ? "consistent" : "wrong";
    case "under":
      return v.lt(s) ? "consistent" : "wrong";
    case "at-most":
      return v.lte(s) ? "consistent" : "wrong";
    case "nearly":
      // "gần 30%": a little under (or at, once rounded) the figure.
      return v.lte(s) || v.toDecimalPlaces(stated.decimals, D.ROUND_HALF_UP).eq(s)
        ? "consistent"
        : "wrong";
  }
  const compare = key.compare ?? "round";
  if (compare === "exact") return v.eq(s) ? "consistent" : "wrong";
  if (compare === "reachable") return reachable(v, stated.decimals, s);
  if (compare !== "round") return v.minus(s).abs().lte(compare) ? "consistent" : "wrong";
  if (v.toDecimalPlaces(stated.decimals, D.ROUND_HALF_UP).eq(s)) return "consistent";
  if (v.toDecimalPlaces(stated.decimals, D.ROUND_DOWN).eq(s)) return "truncated";
  return "wrong";
}

/** GRIM: whether some whole number k of `whole` gives `share` (%) at `decimals` places. */
function reachable(whole: D, decimals: number, share: D): Verdict {
  if (!whole.isInteger() || whole.lte(0)) throw new Error("a reachable share needs a whole count");
  // The k near share × whole / 100 are the only ones that can round to it.
  const centre = share.times(whole).div(100).floor();
  let verdict: Verdict = "wrong";
  for (let k = centre.minus(2); k.lte(centre.plus(2)); k = k.plus(1)) {
    if (k.lt(0) || k.gt(whole)) continue;
    const v = k.times(100).div(whole);
    if (v.toDecimalPlaces(decimals, D.ROUND_HALF_UP).eq(share)) return "consistent";
    if (v.toDecimalPlaces(decimals, D.ROUND_DOWN).eq(share)) verdict = "truncated";
  }
  return verdict;
}

/** Locates a claim's figures and recomputes its verdict; throws on a key that does not hold. */
export function checkClaim(passage: string, text: string, key: ClaimKey): CheckedClaim {
  const where = `${passage} ${key.id}`;
  try {
    const figures = Object.entries(key.figures).map(([name, spec]) => locate(text, name, spec));
    const stated = figures.find((f) => f.name === key.stated) as LocatedFigure;
    if (key.fact || !key.formula) return { passage, key, figures, stated, verdict: key.verdict };
    const exact = evaluate(key.formula, new Map(figures.map((f) => [f.name, f.value])));
    const verdict = judge(exact, stated, key);
    if (key.verdict !== "ambiguous" && verdict !== key.verdict)
      throw new Error(
        `the key says ${key.verdict}, but ${key.formula} = ${exact.toFixed()} against ${stated.text} is ${verdict}`,
      );
    return { passage, key, figures, stated, exact, verdict: key.verdict };
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
}

/**
 * A typist's slip in a figure as written: its last two digits swapped, or, where they are equal,
 * 3 added to the last digit (modulo 10). Separators stay where they are, so the length is kept.
 */
export function mutateNumeral(text: string): string {
  const digits = [...text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
  const chars = [...text];
  const last = digits.at(-1);
  const prev = digits.at(-2);
  if (last === undefined) return text;
  if (prev !== undefined && chars[prev] !== chars[last]) {
    [chars[prev], chars[last]] = [chars[last] as string, chars[prev] as string];
  } else {
    chars[last] = String((Number(chars[last]) + 3) % 10);
  }
  return chars.join("");
}

/** The verdict the claim would have with its stated figure written as `mutant`. */
export function mutantVerdict(claim: CheckedClaim, mutant: string): Verdict | undefined {
  if (!claim.exact) return undefined;
  // A figure whose value the key gives (a dot for the decimal comma) has its value slipped alike.
  const given = claim.stated.given;
  const read = given
    ? { value: new D(mutateNumeral(given)), decimals: decimalsOf(given) }
    : readNumeral(mutant);
  return judge(claim.exact, read, claim.key);
}

/** Reads one passage and its key; throws on the first thing that does not hold. */
export function readPassage(dir: URL, name: string): CorpusPassage {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(new URL(name, dir), "utf8"));
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message}`);
  }
  const parsed = passageKeySchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
  const key = parsed.data;
  if (`${key.id}.json` !== name) throw new Error(`${name}: id ${key.id} does not match the file`);
  const text = readFileSync(new URL(`${key.id}.txt`, dir), "utf8");
  if (text.length < 300 || text.length > 4000)
    throw new Error(`${key.id}: a passage has 300 to 4,000 characters (this one ${text.length})`);
  const ids = new Set<string>();
  const claims = key.claims.map((c) => {
    if (ids.has(c.id)) throw new Error(`${key.id}: claim id ${c.id} is used twice`);
    ids.add(c.id);
    return checkClaim(key.id, text, c);
  });
  return { key, text, claims };
}

/** The key files of a corpus folder, in order. */
export function keyFiles(dir: URL): string[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort();
}

/** Reads every passage and key of a corpus folder; throws on the first key that does not hold. */
export function readCorpus(dir: URL): CorpusPassage[] {
  return keyFiles(dir).map((name) => readPassage(dir, name));
}
