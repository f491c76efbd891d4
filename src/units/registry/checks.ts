import { matchKey } from "../../core/text.js";
import { createFinding, type Finding } from "../../findings/finding.js";
import { type ClaimContext, claimContext, unitFinding } from "../claim-kit.js";
import { between, fromTo, isCount, nextKey, type Scanned } from "../claim-tokens.js";
import type { UnitCheckOptions } from "../claims.js";
import { requireDay } from "../day.js";
import type { NamedUnitMention, UnitCountMention } from "../mention-types.js";
import { findProvince, unitFullName } from "../provinces.js";
import { type ScannedMention, scanUnitText } from "../scan.js";
import type { AdministrativeUnit } from "../schema.js";
import { findReportScope } from "../scope.js";
import { UNIT_SEVERITIES } from "../severities.js";
import { predecessorsOf } from "./lineage.js";
import { type UnitStructure, unitsOn } from "./structure.js";

const k = matchKey;
const HAS = new Set([k("có"), k("gồm"), k("với")]);
const JOIN = new Set([",", k("và"), k("có"), k("gồm"), k("đó"), k("trong"), ":", "("]);
const END = new Set([",", k("và"), ";", ".", ")", k("với"), k("trong"), ":", "("]);
const MERGE_WORDS = [k("sắp xếp"), k("sáp nhập"), k("hợp nhất")];
const REFORM = "2025-07-01";
const EARLIEST = "2025-03-01";

type Named = Scanned<NamedUnitMention>;
const isNamed = (m: ScannedMention | undefined): m is Named => m?.mention.kind === "unit";

function resolve(structure: UnitStructure, m: NamedUnitMention): AdministrativeUnit | undefined {
  const hits = structure.find(m.name, { types: m.types });
  return hits.length === 1 ? hits[0] : undefined;
}

/** The counts stated right after a named unit: "huyện X có 16 xã và 01 thị trấn". */
function countsAfter(context: ClaimContext, i: number): Scanned<UnitCountMention>[] {
  const { mentions, tokens } = context.scan;
  const subject = mentions[i];
  const counts: Scanned<UnitCountMention>[] = [];
  if (subject === undefined) return counts;
  let previous: ScannedMention = subject;
  for (let j = i + 1; j < mentions.length; j += 1) {
    const m = mentions[j];
    if (m === undefined || !isCount(m) || m.sentence !== subject.sentence) break;
    const gap = between(tokens, previous.last, m.first);
    const joined =
      previous === subject
        ? gap.length <= 3 && gap.some((g) => HAS.has(g))
        : gap.every((g) => JOIN.has(g));
    if (!joined) break;
    if (END.has(nextKey(tokens, m.last) ?? ".")) counts.push(m);
    previous = m;
  }
  return counts;
}

function registryCount(
  structure: UnitStructure,
  unit: AdministrativeUnit,
  count: UnitCountMention,
): number | undefined {
  const within = structure.countsWithin(unit);
  if (count.types.length > 0) {
    return count.types.reduce((sum, t) => sum + (within.byType[t] ?? 0), 0);
  }
  const level =
    count.level ??
    (unit.level === "district" || structure.counts.byLevel.district === undefined
      ? "commune"
      : undefined);
  return level === undefined ? undefined : (within.byLevel[level] ?? 0);
}

function checkCounts(context: ClaimContext, structure: UnitStructure): Finding[] {
  const findings: Finding[] = [];
  context.scan.mentions.forEach((m, i) => {
    if (!isNamed(m) || (m.mention.level !== "province" && m.mention.level !== "district")) return;
    const counts = countsAfter(context, i);
    const unit = counts.length === 0 ? undefined : resolve(structure, m.mention);
    if (unit === undefined) return;
    for (const c of counts) {
      const actual = registryCount(structure, unit, c.mention);
      if (actual === undefined || actual === c.mention.value) continue;
      const what = c.mention.types.length > 0 ? c.mention.types.join(", ") : "đơn vị hành chính";
      findings.push(
        unitFinding(
          context,
          "UNIT_REGISTRY_COUNT_MISMATCH",
          m.mention.start,
          c.mention.end,
          {
            vi: `${unitFullName(unit)} có ${actual} ${what} theo danh mục ngày ${structure.effective}, không phải ${c.mention.count}.`,
            en: `${unitFullName(unit)} had ${actual} (${what}) in the registry in force from ${structure.effective}, not ${c.mention.count}.`,
          },
          { unit: m.mention.name, count: c.mention.count },
          { registryCount: String(actual) },
          { code: unit.code, snapshot: structure.effective },
        ),
      );
    }
  });
  return findings;
}

function container(
  context: ClaimContext,
  structure: UnitStructure,
  i: number,
  scope: AdministrativeUnit | undefined,
): AdministrativeUnit | undefined {
  const { mentions, tokens } = context.scan;
  const here = mentions[i];
  const next = mentions[i + 1];
  if (
    here !== undefined &&
    isNamed(next) &&
    next.mention.level !== "commune" &&
    next.mention.level !== "village" &&
    between(tokens, here.last, next.first).every((g) => g === "," || g === "-")
  ) {
    return resolve(structure, next.mention);
  }
  return scope;
}

function checkCommunes(context: ClaimContext, structure: UnitStructure, text: string): Finding[] {
  const scopeMention = findReportScope(text)?.unit;
  const scope =
    scopeMention === undefined || scopeMention.level === "commune"
      ? undefined
      : resolve(structure, scopeMention);
  const findings: Finding[] = [];
  context.scan.mentions.forEach((m, i) => {
    if (!isNamed(m) || m.mention.level !== "commune") return;
    const where = container(context, structure, i, scope);
    if (where === undefined) return;
    const inside = structure.find(m.mention.name, { level: "commune", within: where });
    if (inside.some((u) => m.mention.types.includes(u.type))) return;
    const named = `${m.mention.typeText} ${m.mention.name}`;
    const otherType = inside[0];
    findings.push(
      unitFinding(
        context,
        "UNIT_REGISTRY_UNKNOWN_UNIT",
        m.mention.start,
        m.mention.end,
        otherType === undefined
          ? {
              vi: `Ngày ${structure.date}, ${unitFullName(where)} không có ${named}.`,
              en: `On ${structure.date}, ${unitFullName(where)} had no ${named}.`,
            }
          : {
              vi: `Ngày ${structure.date}, ${named} của ${unitFullName(where)} là ${unitFullName(otherType)}.`,
              en: `On ${structure.date}, ${named} in ${unitFullName(where)} was ${unitFullName(otherType)}.`,
            },
        { unit: named, within: unitFullName(where) },
        {},
        {
          within: where.code,
          snapshot: structure.effective,
          elsewhere: structure
            .find(m.mention.name, { level: "commune", types: m.mention.types })
            .slice(0, 5)
            .map((u) => ({ code: u.code, name: unitFullName(u), parent: u.parent })),
        },
      ),
    );
  });
  return findings;
}

function checkMergers(context: ClaimContext, day: string, text: string): Finding[] {
  if (day < REFORM) return [];
  const before = unitsOn(EARLIEST);
  const after = unitsOn(REFORM);
  if (before === undefined || after === undefined) return [];
  const { mentions, tokens, sentenceOf } = context.scan;
  const scope = findReportScope(text)?.unit;
  const findings: Finding[] = [];
  // Grouped in one pass each (sentence numbers never decrease along the tokens): filtering the
  // mentions and tokens again for every sentence was quadratic in a long text.
  const bySentence = new Map<number, ScannedMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const tokenRange = new Map<number, { first: number; end: number }>();
  sentenceOf.forEach((s, i) => {
    const range = tokenRange.get(s);
    if (range) range.end = i + 1;
    else if (bySentence.has(s)) tokenRange.set(s, { first: i, end: i + 1 });
  });
  for (const [s, inSentence] of bySentence) {
    const first = inSentence[0];
    const range = tokenRange.get(s);
    const firstToken = range?.first ?? -1;
    let words = "";
    for (let i = firstToken; range && i < range.end; i += 1) words += tokens[i]?.key ?? "";
    const communeLevel =
      inSentence.some((m) => m.mention.kind === "count" && m.mention.level === "commune") ||
      words.includes(k("cấp xã"));
    if (first === undefined || !communeLevel || !MERGE_WORDS.some((w) => words.includes(w)))
      continue;
    const stated = fromTo(tokens, sentenceOf, firstToken, new Set([s]));
    const subject =
      inSentence.find((m) => isNamed(m) && m.mention.level === "province")?.mention ?? scope;
    if (stated === undefined || subject?.kind !== "unit" || subject.level !== "province") continue;
    const province = findProvince(subject.name, { date: REFORM });
    if (province === undefined) continue;
    const was = predecessorsOf(province).reduce(
      (sum, l) => sum + (before.countsWithin(l.code).byLevel.commune ?? 0),
      0,
    );
    const is = after.countsWithin(province).byLevel.commune ?? 0;
    const from = Number(stated.from.key);
    const to = Number(stated.to.key);
    if (from === was && to === is) continue;
    findings.push(
      unitFinding(
        context,
        "UNIT_REGISTRY_MERGER_MISMATCH",
        stated.from.start,
        stated.to.end,
        {
          vi: `Theo danh mục, ${unitFullName(province)} có ${was} đơn vị cấp xã ngày ${EARLIEST} (trên địa bàn các tỉnh hợp thành) và ${is} từ ${REFORM}; báo cáo ghi từ ${stated.from.text} xuống ${stated.to.text}.`,
          en: `The registry has ${was} commune-level units on ${EARLIEST} in the area of ${unitFullName(province)} and ${is} from ${REFORM}; the report says ${stated.from.text} down to ${stated.to.text}.`,
        },
        { before: stated.from.text, after: stated.to.text, unit: subject.name },
        { registryBefore: String(was), registryAfter: String(is) },
        { code: province.code },
      ),
    );
  }
  return findings;
}

/**
 * Checks a report's statements about units against the registry in force on its date: a count
 * stated for a named unit ("huyện Sông Lô có 17 đơn vị hành chính cấp xã"), a named commune that
 * did not exist in the named district or province (or, failing that, in the unit that writes the
 * report), and the before/after counts of the 2025 commune arrangement ("sắp xếp … từ 127 xuống
 * còn 60 đơn vị hành chính cấp xã") for a province. A report dated before 1/3/2025, the earliest
 * snapshot, gets one `info` finding saying so and nothing else; without a date nothing is checked.
 *
 * @param text - the report text
 * @param options - `reportDate`, required for any check
 * @returns the findings, in text order
 * @throws BaocaoError `UNIT_BAD_DATE` when `reportDate` is not a valid day
 * @example
 * ```ts
 * import { checkUnitsAgainstRegistry } from "baocao/units";
 *
 * const findings = checkUnitsAgainstRegistry("Huyện Sông Lô có 15 xã.", { reportDate: "2025-04-01" });
 * findings[0]?.computed.registryCount; // "13"
 * ```
 */
export function checkUnitsAgainstRegistry(
  text: string,
  options: UnitCheckOptions = {},
): readonly Finding[] {
  if (options.reportDate === undefined) return [];
  const day = requireDay(options.reportDate);
  const structure = unitsOn(day);
  if (structure === undefined) {
    return [
      createFinding({
        code: "UNIT_REGISTRY_BEFORE_DATA",
        severity: UNIT_SEVERITIES.UNIT_REGISTRY_BEFORE_DATA,
        message: {
          vi: `Báo cáo ngày ${day}, trước bản danh mục sớm nhất (${EARLIEST}): không kiểm tra đơn vị hành chính theo danh mục.`,
          en: `The report is dated ${day}, before the earliest registry snapshot (${EARLIEST}): its units were not checked against the registry.`,
        },
        inputs: { reportDate: day },
      }),
    ];
  }
  const context = claimContext(scanUnitText(text));
  return [
    ...checkCounts(context, structure),
    ...checkCommunes(context, structure, text),
    ...checkMergers(context, day, text),
  ].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}
