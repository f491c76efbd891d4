import * as z from "zod/mini";
import { BaocaoError, inputText } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import { checkSchema, flagIs, readProperty } from "../core/structured-input.js";
import { BUILT_IN_INDICATORS } from "./built-in.js";
import type { IndicatorInput } from "./catalogue-types.js";
import { BUILT_IN_INDICATOR_DATA } from "./data/catalogue.js";
import { type Indicator, indicatorSchema } from "./schema.js";
import { type CompiledTerm, compileTerm } from "./terms.js";

export type { IndicatorInput };

/** A set of indicators the classifier chooses from, looked up by id. */
export interface IndicatorCatalogue {
  /** Every indicator, built-in ones first, in catalogue order. */
  readonly indicators: readonly Indicator[];
  /**
   * The indicator with this id.
   *
   * @param id - an indicator id (`poverty.rate`)
   * @returns the indicator, or undefined
   */
  get(id: string): Indicator | undefined;
}

/** Options of {@link createCatalogue}. */
export interface CatalogueOptions {
  /**
   * Start from the built-in indicators (default true); false gives a catalogue of `extra` only.
   * Only `false` turns them off; any other value, one that cannot be read included, keeps them.
   */
  readonly builtIn?: boolean;
}

// The public built-in catalogue, with every indicator's descriptions (built-in.ts).
export { BUILT_IN_INDICATORS, defaultCatalogue } from "./built-in.js";

/**
 * Validates one indicator against {@link indicatorSchema}, never throwing.
 *
 * @param input - an indicator as plain data
 * @returns the indicator, or a `BaocaoError` with code `INDICATOR_INVALID` naming the first
 *   problem and where it is
 * @example
 * ```ts
 * import { safeParseIndicator } from "baocao";
 *
 * const result = safeParseIndicator({ id: "x", topic: "t", name: { vi: "a", en: "a" },
 *   measure: "rate", unit: "%", terms: ["tỷ lệ"], range: { min: "0", max: "100" } });
 * result.ok; // false
 * ```
 */
export function safeParseIndicator(input: unknown): Result<Indicator> {
  const parsed = checkSchema(indicatorSchema, input);
  if (parsed.ok) return ok(parsed.value as Indicator);
  const issue = parsed.issues[0];
  const path = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  const given = readProperty(input, "id");
  const id = given.ok && typeof given.value === "string" ? ` "${given.value}"` : "";
  return err(
    new BaocaoError(
      "INDICATOR_INVALID",
      `The indicator${id} is not valid${path}: ${issue?.message ?? "unknown problem"}`,
      inputText(input),
    ),
  );
}

/**
 * Validates one indicator against {@link indicatorSchema}.
 *
 * @param input - an indicator as plain data
 * @returns the indicator
 * @throws BaocaoError `INDICATOR_INVALID`
 * @example
 * ```ts
 * import { parseIndicator } from "baocao";
 *
 * const wells = parseIndicator({ id: "wells.built", topic: "water",
 *   name: { vi: "Giếng khoan", en: "Wells drilled" }, measure: "count", unit: "giếng",
 *   terms: ["giếng khoan"], range: { min: "0" } });
 * wells.measure; // "count"
 * ```
 */
export function parseIndicator(input: unknown): Indicator {
  return unwrap(safeParseIndicator(input));
}

/**
 * Builds a catalogue from the built-in indicators and a user's own, validating each added one
 * with {@link indicatorSchema}; never throws.
 *
 * @param extra - indicators to add (plain data, as from JSON)
 * @param options - `builtIn: false` for a catalogue of `extra` only
 * @returns the catalogue, or a `BaocaoError`: `INDICATOR_INVALID` for an indicator that does not
 *   fit the schema, `INDICATOR_DUPLICATE_ID` for an id used twice (built-in ones included)
 * @example
 * ```ts
 * import { safeCreateCatalogue } from "baocao";
 *
 * safeCreateCatalogue([{ id: "poverty.rate" }]).ok; // false
 * ```
 */
export function safeCreateCatalogue(
  extra: readonly unknown[] = [],
  options: CatalogueOptions = {},
): Result<IndicatorCatalogue> {
  const indicators: Indicator[] = flagIs(options, "builtIn", false) ? [] : [...BUILT_IN_INDICATORS];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  // A copy of the list, read once: an array-like proxy is not read again while adding.
  // The schema is made here, not when the module loads: a program that never adds indicators
  // (a browser bundle of auditText) then carries no part of the schema library.
  const list = checkSchema(z.array(z.unknown()), extra);
  if (!list.ok) {
    const issue = list.issues[0];
    const path = issue && issue.path.length > 0 ? ` (at ${issue.path.join(".")})` : "";
    return err(
      new BaocaoError(
        "INDICATOR_INVALID",
        `Give the extra indicators as an array${path}: ${issue?.message ?? "unknown problem"}`,
        inputText(extra),
      ),
    );
  }
  for (const input of list.value) {
    const parsed = safeParseIndicator(input);
    if (!parsed.ok) return parsed;
    if (byId.has(parsed.value.id)) {
      return err(
        new BaocaoError(
          "INDICATOR_DUPLICATE_ID",
          `The id "${parsed.value.id}" is already in the catalogue: choose another id`,
          inputText(input),
        ),
      );
    }
    byId.set(parsed.value.id, parsed.value);
    indicators.push(parsed.value);
  }
  return ok({ indicators, get: (id) => byId.get(id) });
}

/**
 * Builds a catalogue from the built-in indicators and a user's own (see
 * {@link safeCreateCatalogue}); pass it to `auditText(text, { indicators })`.
 *
 * @param extra - indicators to add
 * @param options - `builtIn: false` for a catalogue of `extra` only
 * @returns the catalogue
 * @throws BaocaoError `INDICATOR_INVALID`, `INDICATOR_DUPLICATE_ID`
 * @example
 * ```ts
 * import { createCatalogue } from "baocao";
 *
 * const catalogue = createCatalogue([{ id: "water.clean-share", topic: "water",
 *   name: { vi: "Tỷ lệ hộ dùng nước sạch", en: "Households with clean water" },
 *   measure: "share", unit: "%", units: ["hộ"], terms: ["nước sạch"],
 *   numerator: { vi: "Hộ dùng nước sạch", en: "Households with clean water" },
 *   denominator: { vi: "Tổng số hộ", en: "All households" },
 *   range: { min: "0", max: "100" } }]);
 * catalogue.get("water.clean-share")?.measure; // "share"
 * ```
 */
export function createCatalogue(
  extra: readonly unknown[] = [],
  options: CatalogueOptions = {},
): IndicatorCatalogue {
  return unwrap(safeCreateCatalogue(extra, options));
}

let core: IndicatorCatalogue | undefined;

/**
 * The built-in indicators as the checks read them, made once: every field but the descriptions
 * (numerator, sources, note), which no check reads. The default catalogue of the audit and of
 * the checks: their findings and labels are the same as with {@link defaultCatalogue}, and a
 * program that audits text does not carry the descriptions.
 *
 * @internal
 * @returns the built-in catalogue without descriptions
 */
export function coreCatalogue(): IndicatorCatalogue {
  if (core === undefined) {
    const indicators = BUILT_IN_INDICATOR_DATA as readonly Indicator[];
    core = { indicators, get: makeLookup(indicators) };
  }
  return core;
}

function makeLookup(list: readonly Indicator[]): (id: string) => Indicator | undefined {
  const byId = new Map(list.map((i) => [i.id, i]));
  return (id) => byId.get(id);
}

/** An indicator with its terms compiled (internal, cached per catalogue). */
export interface CompiledIndicator {
  readonly indicator: Indicator;
  readonly terms: readonly CompiledTerm[];
  readonly requires: readonly CompiledTerm[];
  readonly unless: readonly CompiledTerm[];
  readonly right: readonly CompiledTerm[];
  readonly wrong: readonly {
    readonly base: NonNullable<Indicator["denominator"]>;
    readonly terms: readonly CompiledTerm[];
  }[];
}

const cache = new WeakMap<readonly Indicator[], readonly CompiledIndicator[]>();

/**
 * The catalogue's indicators with their terms compiled, made once per catalogue.
 *
 * @param catalogue - a catalogue
 * @returns the compiled indicators in catalogue order
 */
export function compiledIndicators(catalogue: IndicatorCatalogue): readonly CompiledIndicator[] {
  const hit = cache.get(catalogue.indicators);
  if (hit) return hit;
  const compile = (terms: readonly string[] | undefined) => (terms ?? []).map(compileTerm);
  const compiled = catalogue.indicators.map(
    (indicator): CompiledIndicator => ({
      indicator,
      terms: compile(indicator.terms),
      requires: compile(indicator.requires),
      unless: compile(indicator.unless),
      right: compile(indicator.denominator?.terms),
      wrong: (indicator.wrongDenominators ?? [])
        .filter((w) => (w.terms ?? []).length > 0)
        .map((base) => ({ base, terms: compile(base.terms) })),
    }),
  );
  cache.set(catalogue.indicators, compiled);
  return compiled;
}

/**
 * Resolves what a caller passed as `indicators`: a catalogue as it is, nothing for the built-in
 * catalogue. An array of indicators is refused rather than validated here: validating it would
 * bring the schema library into every program that audits text (7 KiB of a browser bundle of
 * `auditText`, gzipped), so the caller validates it once with {@link createCatalogue}.
 *
 * @param indicators - a catalogue, or undefined
 * @returns the catalogue
 * @throws BaocaoError `INDICATOR_INVALID` for an array (give `createCatalogue(array)` instead)
 */
export function resolveCatalogue(indicators: IndicatorCatalogue | undefined): IndicatorCatalogue {
  if (indicators === undefined) return coreCatalogue();
  if (Array.isArray(indicators)) {
    throw new BaocaoError(
      "INDICATOR_INVALID",
      "Give the indicators as a catalogue: pass createCatalogue(indicators), which validates them, instead of the array",
      inputText(indicators),
    );
  }
  return indicators;
}
