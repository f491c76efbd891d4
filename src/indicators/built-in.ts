// The public built-in catalogue: the data the audit reads (data/catalogue.ts) joined with the
// descriptive fields no check reads (data/descriptions.ts: numerators, sources, notes). A
// program that audits text reaches only the former (catalogue.ts's coreCatalogue), so its
// bundle carries no description; this module is reached through BUILT_IN_INDICATORS,
// defaultCatalogue and createCatalogue.
import type { IndicatorCatalogue } from "./catalogue.js";
import { BUILT_IN_INDICATOR_DATA } from "./data/catalogue.js";
import { INDICATOR_DESCRIPTIONS } from "./data/descriptions.js";
import type { Indicator } from "./schema.js";

// The fields in the order of the schema and of the data, so each joined indicator has its
// fields in the order it had when the descriptions were written inside it.
const FIELDS = [
  "id",
  "topic",
  "name",
  "measure",
  "unit",
  "units",
  "terms",
  "requires",
  "unless",
  "numerator",
  "denominator",
  "wrongDenominators",
  "range",
  "scales",
  "rankedAmong",
  "sources",
  "note",
] as const satisfies readonly (keyof Indicator)[];

function described(core: Indicator): Indicator {
  const more: Partial<Indicator> = INDICATOR_DESCRIPTIONS[core.id] ?? {};
  const joined: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = more[field] ?? core[field];
    if (value !== undefined) joined[field] = value;
  }
  return joined as Indicator;
}

/**
 * The built-in indicators: the counts, shares, rates and index scores that recur in reports on
 * citizen reception, petitions, mediation, administrative procedures, staffing, poverty, new
 * rural development, mass mobilisation, oversight and the governance indices (PAPI, PAR INDEX,
 * SIPAS, PCI). docs/indicators.md lists them, generated from this data.
 *
 * @example
 * ```ts
 * import { BUILT_IN_INDICATORS } from "baocao";
 *
 * BUILT_IN_INDICATORS.find((i) => i.id === "index.papi")?.unit; // "điểm"
 * ```
 */
export const BUILT_IN_INDICATORS: readonly Indicator[] = (
  BUILT_IN_INDICATOR_DATA as readonly Indicator[]
).map(described);

let builtIn: IndicatorCatalogue | undefined;

/**
 * The catalogue of the built-in indicators, made once.
 *
 * @returns the built-in catalogue
 * @example
 * ```ts
 * import { defaultCatalogue } from "baocao";
 *
 * defaultCatalogue().get("mediation.success-rate")?.measure; // "rate"
 * ```
 */
export function defaultCatalogue(): IndicatorCatalogue {
  if (builtIn === undefined) {
    const byId = new Map(BUILT_IN_INDICATORS.map((i) => [i.id, i]));
    builtIn = { indicators: BUILT_IN_INDICATORS, get: (id) => byId.get(id) };
  }
  return builtIn;
}
