import { toDecimal } from "../core/decimal.js";
import { createLineIndex } from "../core/span.js";
import { createFinding, type Finding } from "../findings/finding.js";
import { formatNumber } from "../quantities/format.js";
import { PROVINCE_SNAPSHOTS } from "../units/data/provinces.js";
import { provinceCountOn } from "../units/province-count.js";
import { compiledIndicators, coreCatalogue, type IndicatorCatalogue } from "./catalogue.js";
import type { Indicator } from "./schema.js";
import { findTerm, normalise, type TermHit } from "./terms.js";

/** A score or a rank stated for a governance index ("PAPI năm 2019 đạt 44,81 điểm, xếp 15/63"). */
export interface IndexMention {
  /** The index's indicator id (`index.papi`). */
  readonly indicator: string;
  /** `score` or `rank`. */
  readonly kind: "score" | "rank";
  /** The year the figure is for, when the text gives it ("năm 2019"). */
  readonly year: number | undefined;
  /** The score or rank as an exact plain decimal ("44.81", "15"). */
  readonly value: string;
  /** The figure as written ("44,81 điểm", "15/63"). */
  readonly text: string;
  /** The unit written after a score. */
  readonly unit?: "điểm" | "%";
  /** The count a rank is out of, when written ("15/63" → 63). */
  readonly of?: number;
  /** Range of the figure in the text. */
  readonly start: number;
  readonly end: number;
}

const NUMBER = "(\\d{1,3}(?:,\\d{1,4})?)(?![.,]?\\d)";
// One pass over the words after an index's name: years, sub-index words (the figures after
// them are a dimension's, not the index's), scores after a lead verb, and ranks.
const ITEMS = new RegExp(
  [
    "(?<![\\p{L}\\p{N}])năm\\s+(?<year>\\d{4})(?!\\d)",
    "(?<![\\p{L}])(?<sub>chỉ số thành phần|thành phần|nội dung|lĩnh vực|tiêu chí|trục)(?![\\p{L}])",
    `(?<![\\p{L}])(?:đạt|là|được|với)\\s+(?:mức\\s+)?${NUMBER.replace("(", "(?<score>")}\\s*(?<unit>điểm|%)`,
    "(?<![\\p{L}])(?:xếp|đứng)\\s+(?:hạng\\s+|thứ\\s+|vị\\s+trí\\s+(?:thứ\\s+)?)*(?<rank>\\d{1,3})(?!\\d)(?:\\s*\\/\\s*(?<of>\\d{1,3})(?!\\d))?",
  ].join("|"),
  "gu",
);
const LEADING_YEAR = /^\s*(?:\(\s*)?(?:năm\s+)?(\d{4})(?!\d)/u;

function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < Math.min(text.length, from + 400); i++) {
    const c = text[i];
    if (c === "\n" || c === "!" || c === "?") return i;
    if (c === "." && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? ""))) return i;
  }
  return Math.min(text.length, from + 400);
}

function nameHits(norm: string, catalogue: IndicatorCatalogue): { id: string; hit: TermHit }[] {
  const hits = compiledIndicators(catalogue)
    .filter((c) => c.indicator.measure === "score")
    .flatMap((c) =>
      c.terms.flatMap((t) => findTerm(t, norm).map((hit) => ({ id: c.indicator.id, hit }))),
    )
    .sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end);
  const kept: { id: string; hit: TermHit }[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.hit.start < last.hit.end) continue;
    kept.push(h);
  }
  return kept;
}

/**
 * Finds the scores and ranks a text states for the governance indices of a catalogue (PAPI, PAR
 * INDEX, SIPAS, PCI, and any score indicator a user adds), with the year each is for. A score is
 * read only after a lead verb with its unit ("đạt 44,81 điểm", "đạt 82,5%"); the figures after a
 * sub-index word ("chỉ số thành phần", "lĩnh vực") are a dimension's and are not read.
 *
 * @param text - any text
 * @param catalogue - the indicators whose names are looked for (default: the built-in ones)
 * @returns the mentions in text order
 * @example
 * ```ts
 * import { findIndexMentions } from "baocao";
 *
 * const found = findIndexMentions("Chỉ số PAPI năm 2019 đạt 44,81 điểm, xếp thứ 15/63.");
 * found.map((m) => `${m.kind} ${m.value} ${m.year}`); // ["score 44.81 2019", "rank 15 2019"]
 * ```
 */
export function findIndexMentions(
  text: string,
  catalogue: IndicatorCatalogue = coreCatalogue(),
): IndexMention[] {
  if (typeof text !== "string") return [];
  const norm = normalise(text);
  const names = nameHits(norm, catalogue);
  const mentions: IndexMention[] = [];
  names.forEach(({ id, hit }, i) => {
    const stop = Math.min(names[i + 1]?.hit.start ?? norm.length, sentenceEnd(norm, hit.end));
    const stretch = norm.slice(hit.end, stop);
    let year = LEADING_YEAR.exec(stretch)?.[1];
    for (const m of stretch.matchAll(ITEMS)) {
      const g = m.groups ?? {};
      const start = hit.end + (m.index ?? 0);
      if (g.year) year = g.year;
      else if (g.sub) break;
      else if (g.score && g.unit) {
        const at = start + m[0].lastIndexOf(g.score);
        mentions.push({
          indicator: id,
          kind: "score",
          year: year === undefined ? undefined : Number(year),
          value: g.score.replace(",", "."),
          text: text.slice(at, start + m[0].length),
          unit: g.unit as "điểm" | "%",
          start: at,
          end: start + m[0].length,
        });
      } else if (g.rank) {
        const at = start + m[0].lastIndexOf(g.rank, m[0].length - (g.of ? g.of.length + 1 : 0));
        mentions.push({
          indicator: id,
          kind: "rank",
          year: year === undefined ? undefined : Number(year),
          value: g.rank,
          text: text.slice(at, start + m[0].length),
          ...(g.of ? { of: Number(g.of) } : {}),
          start: at,
          end: start + m[0].length,
        });
      }
    }
  });
  return mentions;
}

/** Options of {@link checkIndexScores}. */
export interface IndexCheckOptions {
  /** The indicators to look for (default: the built-in catalogue). */
  readonly catalogue?: IndicatorCatalogue;
}

// The province list records 63 provinces back to 2008 only (Hà Tây joined Hà Nội on 1/8/2008;
// there were 64 before): ranks of earlier years are not checked.
const FIRST_CHECKED_YEAR = 2008;
let largest: number | undefined;

function provincesIn(year: number | undefined): number {
  if (year !== undefined) {
    return Math.max(provinceCountOn(`${year}-01-01`), provinceCountOn(`${year}-12-31`));
  }
  largest ??= Math.max(
    provinceCountOn("2025-01-01"),
    ...PROVINCE_SNAPSHOTS.map((s) => provinceCountOn(s.effective)),
  );
  return largest;
}

function scaleFor(indicator: Indicator, year: number | undefined) {
  if (year === undefined || !indicator.scales) return { scale: indicator.range, known: true };
  const scale = indicator.scales.find(
    (s) => s.from <= year && (s.to === undefined || year <= s.to),
  );
  return { scale, known: scale !== undefined };
}

function checkMention(
  mention: IndexMention,
  indicator: Indicator,
): Omit<Parameters<typeof createFinding>[0], "span"> | undefined {
  const { scale, known } = scaleFor(indicator, mention.year);
  if (!known || !scale) return undefined;
  const name = indicator.name;
  const when = {
    vi: mention.year ? ` năm ${mention.year}` : "",
    en: mention.year ? ` for ${mention.year}` : "",
  };
  const data = { indicator: indicator.id, ...(mention.year ? { year: mention.year } : {}) };
  if (mention.kind === "score") {
    const max = scale.max ?? "100";
    if (mention.unit === "%" && indicator.unit !== "%" && max !== "100") {
      return {
        code: "INDICATOR_SCORE_WRONG_UNIT",
        severity: "warning",
        message: {
          vi: `${name.vi}${when.vi} tính bằng điểm trên thang ${scale.min}–${max}, không phải phần trăm (ghi ${mention.text}).`,
          en: `${name.en}${when.en} is scored in points on ${scale.min}–${max}, not as a percentage (written ${mention.text}).`,
        },
        inputs: { score: mention.text },
        data,
      };
    }
    const value = toDecimal(mention.value);
    if (
      value.gte(toDecimal(scale.min)) &&
      (scale.max === undefined || value.lte(toDecimal(scale.max)))
    ) {
      return undefined;
    }
    return {
      code: "INDICATOR_SCORE_OUT_OF_SCALE",
      severity: "error",
      message: {
        vi: `${name.vi}${when.vi} ghi ${mention.text}, ngoài thang điểm ${formatNumber(toDecimal(scale.min))}–${formatNumber(toDecimal(max))}.`,
        en: `${name.en}${when.en} is stated as ${mention.value}, outside its scale of ${scale.min}–${max}.`,
      },
      inputs: { score: mention.text },
      computed: { min: scale.min, max },
      data,
    };
  }
  if (indicator.rankedAmong !== "provinces") return undefined;
  if (mention.year !== undefined && mention.year < FIRST_CHECKED_YEAR) return undefined;
  const rank = Number(mention.value);
  const count = provincesIn(mention.year);
  const limit = Math.min(count, mention.of ?? count);
  if (rank >= 1 && rank <= limit) return undefined;
  return {
    code: "INDICATOR_RANK_BEYOND_COUNT",
    severity: "error",
    message: {
      vi: `${name.vi}${when.vi}: thứ hạng ${rank} vượt ${mention.of !== undefined && mention.of < count ? `tổng số ${mention.of} ghi kèm` : `${count} tỉnh, thành phố được xếp hạng`}.`,
      en: `${name.en}${when.en}: rank ${rank} is beyond ${mention.of !== undefined && mention.of < count ? `the ${mention.of} written with it` : `the ${count} provinces ranked`}.`,
    },
    inputs: { rank: mention.text },
    computed: { provinces: String(count) },
    data,
  };
}

/**
 * Checks the scores and ranks a text states for governance indices (see
 * {@link findIndexMentions}): a score outside the index's scale for its year
 * (`INDICATOR_SCORE_OUT_OF_SCALE`; PAPI is on 6–60 until 2017 and 8–80 from 2018, PAR INDEX,
 * SIPAS and PCI on 0–100), a PAPI score written as a percentage (`INDICATOR_SCORE_WRONG_UNIT`),
 * and a rank beyond the number of provinces ranked that year, or beyond the count written with
 * it (`INDICATOR_RANK_BEYOND_COUNT`). Years an index did not cover are not checked; without a
 * year, the widest scale and the largest number of provinces apply.
 *
 * @param text - any text
 * @param options - the catalogue to use
 * @returns findings with spans into `text`
 * @example
 * ```ts
 * import { checkIndexScores } from "baocao";
 *
 * checkIndexScores("Chỉ số PAPI năm 2016 đạt 64,2 điểm.")[0]?.code; // "INDICATOR_SCORE_OUT_OF_SCALE"
 * checkIndexScores("Chỉ số PAR INDEX năm 2019 đạt 83,1%, xếp thứ 70.")[0]?.code; // "INDICATOR_RANK_BEYOND_COUNT"
 * ```
 */
export function checkIndexScores(text: string, options: IndexCheckOptions = {}): Finding[] {
  const catalogue = options.catalogue ?? coreCatalogue();
  const mentions = findIndexMentions(text, catalogue);
  if (mentions.length === 0) return [];
  const index = createLineIndex(text);
  const findings: Finding[] = [];
  for (const mention of mentions) {
    const indicator = catalogue.get(mention.indicator);
    const init = indicator ? checkMention(mention, indicator) : undefined;
    if (init)
      findings.push(createFinding({ ...init, span: index.span(mention.start, mention.end) }));
  }
  return findings;
}
