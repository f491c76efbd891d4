import type { Claim } from "../audit/claim.js";
import {
  type CompiledIndicator,
  compiledIndicators,
  coreCatalogue,
  type IndicatorCatalogue,
} from "./catalogue.js";
import type { IndicatorMeasure } from "./schema.js";
import { anyTerm, findTerm, mayOccur, type TermHit, windowWords } from "./terms.js";
import { type ClaimWindow, claimWindow } from "./window.js";

// A label written after the figure ("126 hộ nghèo") counts, but one before it counts more: the
// words right after a figure are usually its unit, and the label usually precedes it.
const AFTER_PENALTY = 20;
const PROPORTIONS: readonly IndicatorMeasure[] = ["share", "rate"];

/**
 * The measures a claim of this kind can state: shares and rates for fractions, percentages and
 * resolution figures; counts for breakdowns and changes of counts; scores for index ranks.
 *
 * @param claim - a recognised claim
 * @returns the measures, empty for citations and dates
 */
export function measuresOf(claim: Claim): readonly IndicatorMeasure[] {
  const percentFigures = claim.figures.some(
    (f) => (f.role === "before" || f.role === "after") && f.text.trim().endsWith("%"),
  );
  switch (claim.kind) {
    case "percentage":
    case "share":
    case "reachability":
    case "resolution":
      return PROPORTIONS;
    case "table":
      return claim.figures.some((f) => f.role === "stated") ? PROPORTIONS : ["count"];
    case "change":
      return percentFigures ? PROPORTIONS : ["count"];
    case "breakdown":
    case "merger":
      return ["count"];
    case "rank":
      return ["score"];
    default:
      return [];
  }
}

interface Candidate {
  readonly id: string;
  readonly distance: number;
  readonly weight: number;
}

function distance(hit: TermHit, anchor: number): number {
  return hit.start <= anchor ? anchor - hit.start : hit.start - anchor + AFTER_PENALTY;
}

function candidate(
  c: CompiledIndicator,
  window: ClaimWindow,
  words: ReadonlySet<string> | undefined,
): Candidate | undefined {
  const { indicator } = c;
  const { local, anchor, context, units } = window;
  // No term of the indicator can occur: nothing else need be looked at.
  if (!c.terms.some((t) => mayOccur(t, local, words))) return undefined;
  if (indicator.units && units.size > 0 && !indicator.units.some((u) => units.has(u))) {
    return undefined;
  }
  if (anyTerm(c.unless, local)) return undefined;
  let best: { hit: TermHit; distance: number } | undefined;
  for (const term of c.terms) {
    for (const hit of findTerm(term, local)) {
      const d = distance(hit, anchor);
      if (!best || d < best.distance || (d === best.distance && hit.weight > best.hit.weight)) {
        best = { hit, distance: d };
      }
    }
  }
  if (!best) return undefined;
  let bonus = 0;
  if (c.requires.length > 0) {
    // The kind of a case may be named in the clause, or by the heading above it when the
    // heading names no other kind.
    const required = anyTerm(c.requires, local) ?? fromContext(c, context);
    if (!required) return undefined;
    bonus = required.weight;
  }
  return { id: indicator.id, distance: best.distance, weight: best.hit.weight + bonus };
}

/** The nearest piece of context that names a kind decides: a required word and no other kind. */
function fromContext(c: CompiledIndicator, context: readonly string[]): TermHit | undefined {
  for (const piece of context) {
    if (anyTerm(c.unless, piece)) return undefined;
    const hit = anyTerm(c.requires, piece);
    if (hit) return hit;
  }
  return undefined;
}

/** The indicator named by an index finding the claim carries (`data.indicator`). */
function namedByFindings(claim: Claim, catalogue: IndicatorCatalogue): string | undefined {
  const named = new Set(
    claim.findings.map((f) => (typeof f.data?.indicator === "string" ? f.data.indicator : "")),
  );
  const [only] = named;
  return named.size === 1 && only && catalogue.get(only) ? only : undefined;
}

/**
 * Labels a recognised claim with the indicator its words name, or none. The words are the
 * clause before the claim and the claim itself (in a table, the headers of its cell); the
 * indicator must measure what the claim states (a share, a count, a score), carry the unit of
 * its counted figures when one is written, have a term present and no excluding word; one that
 * requires a word (the kind of a petition) finds it in the clause or in the section heading.
 * The term nearest before the claim wins, a longer one on a tie; two different indicators tied
 * give no label. Precision first: no label unless the words clearly identify one.
 *
 * @param claim - a claim from {@link auditText} (spans into `text`)
 * @param text - the text the claim was found in
 * @param catalogue - the indicators to choose from (default: the built-in catalogue)
 * @returns the indicator id, or undefined
 * @example
 * ```ts
 * import { auditText, classifyClaim } from "baocao";
 *
 * const text = "Toàn xã có 1.600 hộ; hộ nghèo còn 48 hộ, chiếm 3%.";
 * const claim = auditText(text).claims[0];
 * claim ? classifyClaim(claim, text) : undefined; // "poverty.rate"
 * ```
 */
export function classifyClaim(
  claim: Claim,
  text: string,
  catalogue: IndicatorCatalogue = coreCatalogue(),
): string | undefined {
  const named = namedByFindings(claim, catalogue);
  if (named) return named;
  const measures = measuresOf(claim);
  if (measures.length === 0 || typeof text !== "string") return undefined;
  const window = claimWindow(claim, text);
  const found: Candidate[] = [];
  const words = windowWords(window.local);
  for (const c of compiledIndicators(catalogue)) {
    if (!measures.includes(c.indicator.measure)) continue;
    const hit = candidate(c, window, words);
    if (hit) found.push(hit);
  }
  found.sort((a, b) => a.distance - b.distance || b.weight - a.weight);
  const [first, second] = found;
  if (!first) return undefined;
  if (second && second.distance === first.distance && second.weight === first.weight) {
    return undefined;
  }
  return first.id;
}
