import * as z from "zod/mini";

const DECIMAL = /^-?\d+(?:\.\d+)?$/u;
const decimal = z
  .string()
  .check(z.regex(DECIMAL, 'Write a limit as a plain decimal string, for example "100" or "6.5"'));
const year = z.number().check(z.int(), z.gte(1945), z.lte(2100));
/** Text that is not blank once trimmed (`message` says what to give). */
const filled = (message?: string) => z.string().check(z.trim(), z.minLength(1, message));
const message = z.readonly(
  z.object({
    vi: filled("Give the Vietnamese wording"),
    en: filled("Give the English wording"),
  }),
);
const list = <T extends z.core.SomeType>(item: T) => z.readonly(z.array(item));

/**
 * A phrase reports use for an indicator, matched ignoring case, tone-mark placement and spacing,
 * on whole words. `...` (or `…`) stands for a short gap of other words inside one clause:
 * "đã giải quyết ... đạt".
 */
const term = z.string().check(
  z.trim(),
  z.minLength(2, "A term needs at least two characters"),
  z.maxLength(80, "A term is a short phrase (80 characters at most)"),
  z.refine(
    (t) => !/^(?:\.\.\.|…)|(?:\.\.\.|…)$/u.test(t),
    "A gap (...) goes between two words, never at the start or end of a term",
  ),
);

const base = z.readonly(
  z.object({
    vi: filled(),
    en: filled(),
    /** Words that name this base in a report ("thuộc thẩm quyền"). */
    terms: z.optional(list(term)),
  }),
);

/**
 * The zod schema of an {@link Indicator}: the runtime check of the built-in catalogue and of
 * every indicator a user adds with {@link createCatalogue}. A share or a rate must name its
 * numerator and denominator and be given in `%`; a count has neither; the lower limit of the
 * range may not exceed the upper; year scales belong to scores only.
 */
export const indicatorSchema = z
  .readonly(
    z.object({
      id: z
        .string()
        .check(
          z.regex(
            /^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*$/u,
            'An id is lower-case words joined by "-" and ".", for example "petitions.resolution-rate"',
          ),
        ),
      topic: filled("Name the topic the indicator belongs to"),
      name: message,
      measure: z.enum(["count", "share", "rate", "score"]),
      unit: filled("Give the unit the indicator is stated in"),
      units: z.optional(list(filled())),
      terms: z.readonly(
        z.array(term).check(z.minLength(1, "An indicator needs at least one term")),
      ),
      requires: z.optional(list(term)),
      unless: z.optional(list(term)),
      numerator: z.optional(message),
      denominator: z.optional(base),
      wrongDenominators: z.optional(list(base)),
      range: z.readonly(z.object({ min: decimal, max: z.optional(decimal) })),
      scales: z.optional(
        list(
          z.readonly(z.object({ from: year, to: z.optional(year), min: decimal, max: decimal })),
        ),
      ),
      rankedAmong: z.optional(z.literal("provinces")),
      sources: z.optional(list(z.readonly(z.object({ title: filled(), url: z.url() })))),
      note: z.optional(message),
    }),
  )
  .check(
    z.superRefine((ind, ctx) => {
      const issue = (path: string, text: string) =>
        ctx.addIssue({ code: "custom", path: [path], message: text });
      const proportion = ind.measure === "share" || ind.measure === "rate";
      if (proportion && (!ind.numerator || !ind.denominator)) {
        issue("denominator", `A ${ind.measure} names its numerator and its denominator`);
      }
      if (proportion && ind.unit !== "%") issue("unit", `A ${ind.measure} is stated in %`);
      if (!proportion && (ind.numerator || ind.denominator || ind.wrongDenominators)) {
        issue("denominator", `A ${ind.measure} has no numerator or denominator`);
      }
      if (ind.range.max !== undefined && Number(ind.range.max) < Number(ind.range.min)) {
        issue("range", "The range's max is below its min");
      }
      if (ind.scales && ind.measure !== "score") issue("scales", "Only a score has scales by year");
      for (const s of ind.scales ?? []) {
        if (Number(s.max) < Number(s.min) || (s.to !== undefined && s.to < s.from)) {
          issue("scales", `The scale from ${s.from} is reversed`);
        }
      }
      if (ind.rankedAmong && ind.measure !== "score") {
        issue("rankedAmong", "Only a score (an index) ranks provinces");
      }
    }),
  );

/**
 * What a report measures: a count (lượt tiếp công dân), a share of a population (tỷ lệ hộ
 * nghèo), a rate of a process (tỷ lệ giải quyết đơn) or an index score (PAPI), with the words
 * reports use for it.
 *
 * - `id`: stable, lower-case, dotted (`petitions.resolution-rate`); a claim's `indicator`.
 * - `topic`: the group it belongs to in the catalogue (`petitions`, `procedures`, …).
 * - `name`: Vietnamese and English names.
 * - `measure`: `count`, `share` (part of a population at a time), `rate` (outcome of a process
 *   over the cases it handled) or `score` (an index on a scale).
 * - `unit`: what the value is stated in (`lượt`, `%`, `điểm`).
 * - `units`: the unit words of the counted figures (for a share or rate, of its numerator); a
 *   claim whose figures carry another unit is not labelled with it.
 * - `terms`: phrases that identify it; `requires`: one of these must also be present (in the
 *   clause, its table header or its section heading); `unless`: none of these may be present in
 *   the clause.
 * - `numerator`, `denominator` (shares and rates): what is divided by what; the denominator's
 *   `terms` name the right base in a report; `wrongDenominators`: bases reports commonly use
 *   instead, with the words that name them (a rate computed on one of those is a warning).
 * - `range`: the valid values (`max` absent: unbounded); `scales`: a score's scale by year.
 * - `rankedAmong`: an index that ranks provinces; a rank beyond their number is an error.
 * - `sources`: where the facts about the scale come from; `note`: what is uncertain.
 */
export type Indicator = z.output<typeof indicatorSchema>;

/** How an indicator measures: a count, a share of a population, a rate of a process, or a score. */
export type IndicatorMeasure = Indicator["measure"];
