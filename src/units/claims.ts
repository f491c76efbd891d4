import { append } from "../core/arrays.js";
import { createLineIndex } from "../core/span.js";
import { matchKey } from "../core/text.js";
import type { Finding } from "../findings/finding.js";
import { type ClaimContext, exact, plain, unitFinding } from "./claim-kit.js";
import { between, fromTo, isCount, nextKey, type Scanned } from "./claim-tokens.js";
import { PROVINCE_RECORDS } from "./data/provinces.js";
import type { DayInput } from "./dates.js";
import { requireDay } from "./day.js";
import type { UnitCountMention, UnitCoverageMention } from "./mention-types.js";
import { provinceCountOn } from "./province-count.js";
import { type ScannedMention, scanUnitText, unitFigureLine, wholeWords } from "./scan.js";
import { type ClaimLines, claimRanges } from "./tokens.js";

/** Options of the unit checks. */
export interface UnitCheckOptions {
  /** The report's date: checks that depend on the structure in force use it. */
  readonly reportDate?: DayInput;
}

const k = matchKey;
const PART_LEAD = new Set([k("gồm"), k("đó"), ":", "("]);
const PART_JOIN = new Set([",", k("và"), k("có"), k("gồm")]);
const PART_END = new Set([",", k("và"), ";", ".", ")", k("với")]);
const RANK_WORDS = new Set([k("thứ"), k("hạng")]);
// The lines worth tokenising: a figure with a unit type after it, or a figure with a rank word on
// its line or the line before; a merger ("… thành 03 xã") may state its reduction on the next.
const CLAIM_LINES: ClaimLines = {
  figures: unitFigureLine(),
  near: wholeWords([...RANK_WORDS]),
  onward: wholeWords([k("thành")]),
};
const NATIONWIDE = [k("cả nước"), k("toàn quốc")];
// Every number of provinces any snapshot had: a rank out of one of these is among provinces.
const PROVINCE_COUNTS = new Set(
  [...new Set(PROVINCE_RECORDS.map((u) => u.validFrom ?? "2025-03-01"))].map(provinceCountOn),
);

const isCoverage = (m: ScannedMention): m is Scanned<UnitCoverageMention> =>
  m.mention.kind === "coverage";

/** A total with its parts by type: "15 đơn vị hành chính, trong đó có 14 xã và 01 thị trấn". */
interface Breakdown {
  readonly total: Scanned<UnitCountMention>;
  readonly parts: readonly Scanned<UnitCountMention>[];
}

function breakdowns(context: ClaimContext): Breakdown[] {
  const { mentions, tokens } = context.scan;
  const found: Breakdown[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const total = mentions[i];
    if (total === undefined || !isCount(total)) continue;
    const parts: Scanned<UnitCountMention>[] = [];
    let previous: ScannedMention = total;
    for (let j = i + 1; j < mentions.length; j += 1) {
      const part = mentions[j];
      if (part === undefined || !isCount(part) || part.sentence !== total.sentence) break;
      const gap = between(tokens, previous.last, part.first);
      const joined =
        previous === total ? gap.some((g) => PART_LEAD.has(g)) : gap.every((g) => PART_JOIN.has(g));
      if (!joined || part.mention.types.length !== 1) break;
      if (!PART_END.has(nextKey(tokens, part.last) ?? ".")) break;
      parts.push(part);
      previous = part;
    }
    const types = parts.map((p) => p.mention.types[0]);
    const distinct = new Set(types).size === types.length;
    const covers =
      total.mention.types.length === 0 ||
      (total.mention.types.length === types.length &&
        total.mention.types.every((t) => types.includes(t)));
    if (parts.length >= 2 && distinct && covers) found.push({ total, parts });
  }
  return found;
}

function checkBreakdowns(context: ClaimContext, groups: readonly Breakdown[]): Finding[] {
  return groups.flatMap(({ total, parts }) => {
    const sum = parts.reduce((acc, p) => acc.plus(exact(p.mention.value)), exact(0));
    if (sum.equals(exact(total.mention.value))) return [];
    const last = parts[parts.length - 1]?.mention.end ?? total.mention.end;
    const list = parts.map((p) => `${p.mention.count} ${p.mention.types[0]}`).join(" + ");
    return [
      unitFinding(
        context,
        "UNIT_COUNT_BREAKDOWN_MISMATCH",
        total.mention.start,
        last,
        {
          vi: `Tổng ${total.mention.count} đơn vị nhưng các loại cộng lại được ${plain(sum)} (${list}).`,
          en: `The total is ${total.mention.count} units but the parts add up to ${plain(sum)} (${list}).`,
        },
        { total: total.mention.count, parts: list },
        { sum: plain(sum), difference: plain(exact(total.mention.value).minus(sum)) },
      ),
    ];
  });
}

/** Counts of distinct single types listed together: "9 xã và 02 thị trấn". */
function countRuns(context: ClaimContext): Scanned<UnitCountMention>[][] {
  const { mentions, tokens } = context.scan;
  const runs: Scanned<UnitCountMention>[][] = [];
  let run: Scanned<UnitCountMention>[] = [];
  const close = (): void => {
    const types = run.map((m) => m.mention.types[0]);
    if (run.length >= 2 && new Set(types).size === types.length) runs.push(run);
    run = [];
  };
  for (const m of mentions) {
    const previous = run[run.length - 1];
    const single = isCount(m) && m.mention.types.length === 1;
    const joined =
      previous !== undefined &&
      single &&
      m.sentence === previous.sentence &&
      between(tokens, previous.last, m.first).every((g) => PART_JOIN.has(g));
    if (!joined) close();
    if (single && isCount(m)) run.push(m);
  }
  close();
  return runs;
}

const setKey = (types: readonly string[]): string => [...types].sort().join("|");

// A count is the total of its kind only when the text says so ("toàn huyện có 14 xã", "tổng số
// 21 xã", "gồm 17 đơn vị"); "còn 3 tỉnh", "riêng 2 xã" and "ngoài ra 5 xã" name a subset.
const TOTAL_LEAD =
  /(?:(?:^|[.:]\s*|(?:toàn|cả|huyện|tỉnh|thành phố|thị xã|quận|hiện nay|hiện)\s[\p{L} ]{0,20})(?:có|gồm)|tổng số|tổng cộng|bao gồm)\s*$/iu;
const SUBSET_LEAD = /(?:còn|riêng|ngoài ra|trong đó|thêm|chỉ|mới|đã|được)\s+(?:có\s+)?$/iu;

function marksTotal(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return TOTAL_LEAD.test(before) && !SUBSET_LEAD.test(before);
}

/** Totals stated for each set of unit types, gathered over the whole text. */
type StatedTotals = Map<string, Set<number>>;

function noteTotals(context: ClaimContext, groups: readonly Breakdown[], stated: StatedTotals) {
  const note = (types: readonly string[], value: number): void => {
    if (types.length === 0) return;
    const key = setKey(types);
    stated.set(key, (stated.get(key) ?? new Set()).add(value));
  };
  for (const m of context.scan.mentions) {
    if (isCount(m) && marksTotal(context.scan.text, m.mention.start))
      note(m.mention.types, m.mention.value);
  }
  for (const parts of [...groups.map((g) => g.parts), ...countRuns(context)]) {
    note(
      parts.flatMap((p) => p.mention.types),
      parts.reduce((s, p) => s + p.mention.value, 0),
    );
  }
}

function coverageMentions(context: ClaimContext): UnitCoverageMention[] {
  return context.scan.mentions
    .filter((m): m is Scanned<UnitCoverageMention> => isCoverage(m) && !isRank(context, m))
    .map((m) => m.mention);
}

function checkCoverage(
  context: ClaimContext,
  mentions: readonly UnitCoverageMention[],
  stated: StatedTotals,
): Finding[] {
  const findings: Finding[] = [];
  for (const c of mentions) {
    const inputs = { part: c.part, whole: c.whole };
    if (c.partValue > c.wholeValue) {
      findings.push(
        unitFinding(
          context,
          "UNIT_COVERAGE_EXCEEDS_TOTAL",
          c.start,
          c.end,
          {
            vi: `${c.part}/${c.whole}: số đơn vị đạt lớn hơn tổng số.`,
            en: `${c.part}/${c.whole}: more units are covered than there are.`,
          },
          inputs,
          { excess: plain(exact(c.partValue).minus(exact(c.wholeValue))) },
        ),
      );
    }
    const totals = stated.get(setKey(c.types));
    // Several different totals for one kind of unit are counts of different places: no verdict.
    const total = totals?.size === 1 ? [...totals][0] : undefined;
    if (total !== undefined && total !== c.wholeValue) {
      findings.push(
        unitFinding(
          context,
          "UNIT_COVERAGE_TOTAL_MISMATCH",
          c.start,
          c.end,
          {
            vi: `Tổng số ${c.whole} ${c.types.join(", ")} khác với số ${total} nêu ở chỗ khác.`,
            en: `The total ${c.whole} (${c.types.join(", ")}) differs from the ${total} stated elsewhere.`,
          },
          inputs,
          { statedTotal: String(total) },
        ),
      );
    }
  }
  return findings;
}

function isRank(context: ClaimContext, m: ScannedMention): boolean {
  const { tokens } = context.scan;
  const before = tokens[m.first - 2];
  return (
    tokens[m.first - 1]?.kind === "space" && before !== undefined && RANK_WORDS.has(before.key)
  );
}

function checkMergers(context: ClaimContext): Finding[] {
  const { mentions, tokens, sentenceOf } = context.scan;
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const merged = mentions[i];
    const formed = mentions[i + 1];
    if (merged === undefined || formed === undefined || !isCount(merged) || !isCount(formed))
      continue;
    const gap = between(tokens, merged.last, formed.first);
    if (gap.length !== 1 || gap[0] !== k("thành")) continue;
    const sentences = new Set([merged.sentence, merged.sentence + 1]);
    const stated = fromTo(tokens, sentenceOf, formed.last + 1, sentences);
    if (stated === undefined) continue;
    const expected = exact(merged.mention.value).minus(exact(formed.mention.value));
    const reduction = exact(Number(stated.from.key)).minus(exact(Number(stated.to.key)));
    if (expected.equals(reduction)) continue;
    findings.push(
      unitFinding(
        context,
        "UNIT_MERGER_MISMATCH",
        merged.mention.start,
        stated.to.end,
        {
          vi: `Sáp nhập ${merged.mention.count} thành ${formed.mention.count} giảm ${plain(expected)} đơn vị, nhưng từ ${stated.from.text} xuống ${stated.to.text} là giảm ${plain(reduction)}.`,
          en: `Merging ${merged.mention.count} into ${formed.mention.count} removes ${plain(expected)} units, but ${stated.from.text} down to ${stated.to.text} removes ${plain(reduction)}.`,
        },
        {
          merged: merged.mention.count,
          formed: formed.mention.count,
          before: stated.from.text,
          after: stated.to.text,
        },
        { expectedReduction: plain(expected), statedReduction: plain(reduction) },
      ),
    );
  }
  return findings;
}

function checkRanks(context: ClaimContext, day: string | undefined): Finding[] {
  const { tokens, sentenceOf } = context.scan;
  const findings: Finding[] = [];
  // Sentence numbers never decrease along the tokens: a sentence is the run around a token.
  // Each sentence is read and searched once, however many ranks it holds (reading it again for
  // every rank made a long line of ranks quadratic).
  const nationwide = new Map<number, boolean>();
  const saysNationwide = (at: number): boolean => {
    const s = sentenceOf[at] ?? -1;
    const known = nationwide.get(s);
    if (known !== undefined) return known;
    let from = at;
    while (from > 0 && sentenceOf[from - 1] === s) from -= 1;
    let to = at + 1;
    while (to < tokens.length && sentenceOf[to] === s) to += 1;
    let keys = "";
    for (let j = from; j < to; j += 1) keys += tokens[j]?.key ?? "";
    const says = NATIONWIDE.some((w) => keys.includes(w));
    nationwide.set(s, says);
    return says;
  };
  for (let i = 0; i + 4 < tokens.length; i += 1) {
    const word = tokens[i];
    const rank = tokens[i + 2];
    const of = tokens[i + 4];
    if (
      word === undefined ||
      rank === undefined ||
      of === undefined ||
      !RANK_WORDS.has(word.key) ||
      tokens[i + 1]?.kind !== "space" ||
      rank.kind !== "number" ||
      tokens[i + 3]?.text !== "/" ||
      of.kind !== "number"
    ) {
      continue;
    }
    const n = exact(Number(rank.key));
    const total = exact(Number(of.key));
    const inputs = { rank: rank.text, of: of.text };
    if (n.greaterThan(total)) {
      findings.push(
        unitFinding(
          context,
          "UNIT_RANK_EXCEEDS_COUNT",
          word.start,
          of.end,
          {
            vi: `Xếp thứ ${rank.text}/${of.text}: thứ hạng lớn hơn số đơn vị được xếp.`,
            en: `Ranked ${rank.text} of ${of.text}: the rank exceeds the number ranked.`,
          },
          inputs,
        ),
      );
    }
    if (day === undefined) continue;
    const after = nextKey(tokens, i + 4);
    // Explicitly among provinces ("24/63 tỉnh", "… cả nước"), or a province count standing alone
    // ("xếp thứ 24/63."); "5/63 huyện" ranks something else.
    const nextWord = tokens[i + 5]?.kind === "space" ? tokens[i + 6] : undefined;
    const amongProvinces =
      after === k("tỉnh") ||
      (PROVINCE_COUNTS.has(Number(of.key)) && nextWord?.kind !== "word") ||
      saysNationwide(i);
    if (!amongProvinces) continue;
    const inForce = provinceCountOn(day);
    if (Number(of.key) !== inForce) {
      findings.push(
        unitFinding(
          context,
          "UNIT_RANK_COUNT_MISMATCH",
          word.start,
          of.end,
          {
            vi: `Xếp hạng trên ${of.text} tỉnh, thành phố, nhưng ngày ${day} có ${inForce}.`,
            en: `Ranked among ${of.text} provinces, but ${inForce} were in force on ${day}.`,
          },
          inputs,
          { provincesInForce: String(inForce) },
          { reportDate: day },
        ),
      );
    }
  }
  return findings;
}

function checkProvinceCounts(context: ClaimContext, day: string | undefined): Finding[] {
  if (day === undefined) return [];
  const inForce = provinceCountOn(day);
  return context.scan.mentions.flatMap((m) => {
    if (!isCount(m)) return [];
    const types = m.mention.types;
    const all = types.includes("tỉnh") && types.some((t) => t.startsWith("thành phố"));
    if (!all || m.mention.value === inForce || isRank(context, m)) return [];
    return [
      unitFinding(
        context,
        "UNIT_PROVINCE_COUNT_MISMATCH",
        m.mention.start,
        m.mention.end,
        {
          vi: `${m.mention.count} tỉnh, thành phố, nhưng ngày ${day} cả nước có ${inForce}.`,
          en: `${m.mention.count} provinces, but ${inForce} were in force on ${day}.`,
        },
        { count: m.mention.count },
        { provincesInForce: String(inForce) },
        { reportDate: day },
      ),
    ];
  });
}

/**
 * Checks the claims about administrative units in a text: a count with its breakdown ("15 đơn
 * vị hành chính, trong đó có 14 xã và 01 thị trấn"), coverage ("14/14 xã, thị trấn": the part
 * may not exceed the whole, and the whole should agree with counts stated elsewhere), mergers
 * ("sáp nhập 06 xã thành 03 xã, giảm từ 127 xuống còn 124": 127 − 124 must equal 6 − 3) and ranks
 * among provinces ("xếp thứ 24/63": the rank may not exceed the count, which should be the
 * number of provinces in force on the report's date). The text is scanned once.
 *
 * @param text - the report text
 * @param options - `reportDate` for the checks that depend on the structure in force
 * @returns the findings, in text order
 * @throws BaocaoError `UNIT_BAD_DATE` when `reportDate` is not a valid day
 * @example
 * ```ts
 * import { checkUnitClaims } from "baocao";
 *
 * const findings = checkUnitClaims("Huyện có 12 đơn vị hành chính, gồm 10 xã và 3 thị trấn.");
 * findings[0]?.code; // "UNIT_COUNT_BREAKDOWN_MISMATCH"
 * ```
 */
export function checkUnitClaims(text: string, options: UnitCheckOptions = {}): readonly Finding[] {
  const day = options.reportDate === undefined ? undefined : requireDay(options.reportDate);
  const lines = createLineIndex(text);
  const findings: Finding[] = [];
  const stated: StatedTotals = new Map();
  const coverage: UnitCoverageMention[] = [];
  // One part of the text at a time: its tokens are dropped before the next part is read.
  for (const range of claimRanges(text, CLAIM_LINES)) {
    const context: ClaimContext = { scan: scanUnitText(text, { range }), lines };
    const groups = breakdowns(context);
    noteTotals(context, groups, stated);
    // Appended in loops, not push(...list): one long line can hold more claims than a call
    // takes arguments.
    append(coverage, coverageMentions(context));
    append(findings, checkBreakdowns(context, groups));
    append(findings, checkMergers(context));
    append(findings, checkRanks(context, day));
    append(findings, checkProvinceCounts(context, day));
  }
  // Coverage is checked against the totals of the whole text.
  const context: ClaimContext = { scan: scanUnitText(""), lines };
  append(findings, checkCoverage(context, coverage, stated));
  return findings.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}
