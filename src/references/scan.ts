import { createLineIndex, type LineIndex, type Span } from "../core/span.js";
import { dateExpression, decodeDate } from "../dates/grammar.js";
import type { VietnameseDate } from "../dates/shapes.js";
import { createTextView, type TextView } from "../dates/text-view.js";
import { createFinding, type Finding, withSpan } from "../findings/finding.js";
import { KIND_WORDS, type KindWordInfo } from "./codes-data.js";
import { formatDocumentRef } from "./format.js";
import { resolveType } from "./lookup.js";
import { readSymbol, type SymbolParts } from "./read.js";
import { REFERENCE_SEVERITIES } from "./severities.js";
import type { DocumentRef } from "./shapes.js";

/** A piece of a citation: where it is in the original text and what it says. */
export interface TextPart {
  /** Offset of the first character in the original text (UTF-16). */
  readonly start: number;
  /** Offset past the last character. */
  readonly end: number;
  /** The text as written. */
  readonly text: string;
}

/**
 * A document reference found in a text, in the shape a text auditor wants: where the symbol is,
 * the raw text, the parsed and canonical reference, the citation's parts (kind word, date,
 * body, term) with their own offsets, and every deviation as a finding.
 */
export interface FoundDocumentRef {
  /** Offset of the reference symbol in the original text. */
  readonly start: number;
  /** Offset past the symbol. */
  readonly end: number;
  /** The symbol as written ("114 –KL/TW"). */
  readonly raw: string;
  /** The symbol's span (line, column, excerpt). */
  readonly span: Span;
  /** The reference, canonicalised, with kind, date, term and body when the text gives them. */
  readonly ref: DocumentRef;
  /** The canonical symbol ("114-KL/TW"). */
  readonly canonical: string;
  /** The kind word before it ("Kết luận"), as written. */
  readonly kind?: TextPart;
  /** The date after it ("ngày 14/7/2015"), as written, with the parsed date. */
  readonly date?: TextPart & { readonly date: VietnameseDate };
  /** The issuing body after "của", as written. */
  readonly body?: TextPart;
  /** The Party term ("khóa XI"), as written. */
  readonly term?: TextPart;
  /** The whole citation, from the kind word or "Số" to the last part read. */
  readonly citation: { readonly start: number; readonly end: number };
  /** Deviations from the canonical form and contradictions inside the citation. */
  readonly findings: readonly Finding[];
}

// A type or issuer code: a capital, letters (Đ/đ and & included), maybe a term ("UBTVQH14",
// "NN3"); "BTVQH 11" only after QH. Bounded quantifiers keep the scan linear.
const CODE = "[A-ZĐ][A-Za-zĐđ&]{0,24}(?:\\d{1,2}|(?<=QH) \\d{1,2})?";
const CODES = `${CODE}(?:-${CODE}){0,6}`;
const CORE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}/.,\\-–—])(?<n>\\d{1,5}[a-zA-Z]?)(?:` +
    `/(?<y>[12]\\d{3})/(?<nc>${CODES})` +
    `|/(?<sc>${CODE}(?:-${CODE}){1,6})` +
    `|(?<s1>[ ]{0,2})(?<pd>[-–—‐‑−])(?<s2>[ ]{0,2})(?<pt>[A-ZĐ][A-Za-zĐđ]{0,7})(?<ps>[/-])(?<pc>${CODES})` +
    // "Quyết định số 217 và …": a number after "số" with no symbol (kept only after a kind word).
    "|(?<bare>(?<=(?<![\\p{L}\\p{M}])[sS]ố\\s{1,3}\\d{1,5}[a-zA-Z]?)(?!\\s{0,2}[-–—‐‑−/]|[.,]\\d))" +
    ")(?![\\p{L}\\p{M}\\p{N}&])",
  "gu",
);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const KIND_BY_KEY = new Map(KIND_WORDS.map((k) => [k.word.toLowerCase(), k]));
const BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?<kind>${KIND_WORDS.map((k) => escapeRegExp(k.word)).join("|")})(?:\\s{1,3}(?<so>số))?|(?<so2>số))\\s{0,3}[:.]?\\s{0,3}$`,
  "iu",
);
const DATE_AFTER = new RegExp(
  `[ ]{0,2},?\\s{0,3}${dateExpression("r", { bare: false, dayOnly: true })}`,
  "iuy",
);
// A date typed with a year of five or more digits ("ngày 8/12/20114"): no date reads it, yet the
// citation is dated, wrongly.
const LONG_YEAR_AFTER =
  /[ ]{0,2},?\s{0,3}(ngày\s{1,3}\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}\s{0,2}[/.-]\s{0,2}\d{5,8})(?!\d)/iuy;
const BODY = /^\s{0,3},?\s{0,3}của\s{1,3}(?<body>[\p{Lu}][^,;()“”"\n]{0,99})/u;
const BODY_STOP =
  /\s(?:khóa|khoá|về|ban hành|tại|và|quy định|theo|gắn|đến|trên|đã|để|trong|nhằm|thông qua|báo cáo|hướng dẫn|triển khai|chỉ đạo|thực hiện|với|số|kèm)(?![\p{L}\p{M}])/iu;
const TERM =
  /^\s{0,3}[,(]?\s{0,2}(?<tw>khóa|khoá)\s{1,3}(?<tr>[IVXL]{1,6})(?![\p{L}\p{M}\p{N}])/diu;
const WINDOW_END = /[;\n“”"]|\.(?:\s|$)/u;

function symbolParts(g: Record<string, string | undefined>): SymbolParts {
  const number = g.n ?? "";
  if (g.y !== undefined) {
    return { shape: "normative", number, year: Number(g.y), codes: (g.nc ?? "").split("-") };
  }
  if (g.sc !== undefined) return { shape: "state", number, codes: g.sc.split("-") };
  return {
    shape: "party",
    number,
    spaceBefore: g.s1 ?? "",
    dash: g.pd ?? "-",
    spaceAfter: g.s2 ?? "",
    type: g.pt ?? "",
    separator: g.ps ?? "/",
    codes: (g.pc ?? "").split("-"),
  };
}

/**
 * Tells whether a kind word agrees with a reference's type code.
 *
 * @internal
 * @param kind - the kind word's table entry
 * @param ref - the reference
 * @returns true when they agree
 */
export function kindAgrees(kind: KindWordInfo, ref: DocumentRef): boolean {
  if (kind.codes.includes("*")) return true;
  if (ref.type === undefined || ref.family === "court") {
    return (
      (kind.families?.includes(ref.family as "letter") ?? false) &&
      (ref.type === undefined || kind.codes.includes(ref.type))
    );
  }
  if (!kind.codes.includes(ref.type)) return false;
  // Party regulations were numbered with QĐ until 2019 (124-QĐ/TW of 2018 is a Quy định).
  if (kind.word === "Quy định" && ref.type === "QĐ") {
    return ref.family === "party" && (ref.date === undefined || ref.date.year < 2019);
  }
  return true;
}

interface Core {
  readonly start: number;
  readonly end: number;
  readonly groups: Record<string, string | undefined>;
}

function part(original: string, view: TextView, from: number, to: number): TextPart {
  const { start, end } = view.toOriginal(from, to);
  return { start, end, text: original.slice(start, end) };
}

function enrich(
  original: string,
  view: TextView,
  lines: LineIndex,
  core: Core,
  previousEnd: number,
  nextStart: number,
): FoundDocumentRef | undefined {
  const symbol = view.toOriginal(core.start, core.end);
  const raw = original.slice(symbol.start, symbol.end);
  const read = readSymbol(symbolParts(core.groups), raw);
  if (read === undefined) return undefined;
  const span = lines.span(symbol.start, symbol.end);
  const findings: Finding[] = read.findings.map((f) => withSpan(f, span));
  let ref: DocumentRef = read.ref;
  let citationStart = core.start;
  let citationEnd = core.end;

  // Kind word and "số" just before the symbol (a bounded look back, never past the last citation).
  const from = Math.max(previousEnd, core.start - 60);
  const before = BEFORE.exec(view.text.slice(from, core.start));
  let kind: TextPart | undefined;
  let kindInfo: KindWordInfo | undefined;
  if (before) {
    citationStart = from + before.index;
    if (before.groups?.kind !== undefined) {
      kind = part(original, view, citationStart, citationStart + before.groups.kind.length);
      kindInfo = KIND_BY_KEY.get(before.groups.kind.toLowerCase());
      if (kindInfo) ref = { ...ref, kind: kindInfo.word };
    }
  }

  // The date right after it.
  let date: FoundDocumentRef["date"];
  DATE_AFTER.lastIndex = core.end;
  const dated = DATE_AFTER.exec(view.text);
  let cursor = core.end;
  LONG_YEAR_AFTER.lastIndex = core.end;
  const longYear = dated?.index === core.end ? null : LONG_YEAR_AFTER.exec(view.text);
  if (longYear?.[1] && longYear.index + longYear[0].length <= nextStart) {
    const end = longYear.index + longYear[0].length;
    const where = part(original, view, end - longYear[1].length, end);
    cursor = end;
    findings.push(
      createFinding({
        code: "REF_DATE_INVALID",
        severity: REFERENCE_SEVERITIES.REF_DATE_INVALID,
        message: {
          vi: `Ngày "${where.text}" không có thật (năm có hơn bốn chữ số).`,
          en: `The date "${where.text}" does not exist (its year has more than four digits).`,
        },
        inputs: { date: where.text, reference: raw },
        span: lines.span(where.start, where.end),
      }),
    );
  }
  if (dated?.groups && dated.index === core.end && dated.index + dated[0].length <= nextStart) {
    const decoded = decodeDate(dated.groups, "r");
    const dateText = dated.groups.r ?? "";
    const dateStart = dated.index + dated[0].length - dateText.length;
    const where = part(original, view, dateStart, dated.index + dated[0].length);
    cursor = dated.index + dated[0].length;
    if (decoded?.ok) {
      date = { ...where, date: decoded.date };
      ref = { ...ref, date: decoded.date };
    } else {
      findings.push(
        createFinding({
          code: "REF_DATE_INVALID",
          severity: REFERENCE_SEVERITIES.REF_DATE_INVALID,
          message: {
            vi: `Ngày "${where.text}" không có thật.`,
            en: `The date "${where.text}" does not exist.`,
          },
          inputs: { date: where.text, reference: raw },
          span: lines.span(where.start, where.end),
        }),
      );
    }
  }

  // The issuing body ("của …") and the Party term ("(khóa XI)"), within the same clause.
  let window = view.text.slice(cursor, Math.min(cursor + 200, nextStart));
  const stop = WINDOW_END.exec(window);
  if (stop) window = window.slice(0, stop.index);
  let body: TextPart | undefined;
  let offset = 0;
  const bodyMatch = BODY.exec(window);
  if (bodyMatch?.groups?.body !== undefined) {
    let name = bodyMatch.groups.body;
    const cut = BODY_STOP.exec(name);
    if (cut) name = name.slice(0, cut.index);
    name = name.trimEnd();
    const bodyStart = cursor + bodyMatch[0].length - bodyMatch.groups.body.length;
    if (name.length > 0) {
      body = part(original, view, bodyStart, bodyStart + name.length);
      ref = { ...ref, body: body.text.normalize("NFC").replace(/\s+/gu, " ") };
      offset = bodyStart + name.length - cursor;
    }
  }
  let term: TextPart | undefined;
  const termMatch = TERM.exec(window.slice(offset));
  const termAt = termMatch?.indices?.groups;
  if (termMatch?.groups?.tr !== undefined && termAt?.tw && termAt.tr) {
    const base = cursor + offset;
    term = part(original, view, base + termAt.tw[0], base + termAt.tr[1]);
    ref = { ...ref, term: termMatch.groups.tr.toUpperCase() };
    citationEnd = Math.max(citationEnd, base + termAt.tr[1]);
  }
  citationEnd = Math.max(citationEnd, cursor + offset);

  // An unknown type code is reported on its own; comparing it with the kind word adds nothing.
  const typeKnown =
    ref.type === undefined || ref.family === "court" || resolveType(ref.type).status !== "unknown";
  if (kindInfo && kind && typeKnown && !kindAgrees(kindInfo, ref)) {
    findings.push(
      createFinding({
        code: "REF_KIND_MISMATCH",
        severity: REFERENCE_SEVERITIES.REF_KIND_MISMATCH,
        message: {
          vi: `"${kindInfo.word}" không khớp với mã loại của ${formatDocumentRef(ref)}.`,
          en: `"${kindInfo.word}" does not match the type code of ${formatDocumentRef(ref)}.`,
        },
        inputs: { kind: kind.text, reference: raw },
        span: lines.span(kind.start, symbol.end),
      }),
    );
  }
  const citation = view.toOriginal(citationStart, citationEnd);
  return {
    start: symbol.start,
    end: symbol.end,
    raw,
    span,
    ref,
    canonical: formatDocumentRef(ref),
    ...(kind ? { kind } : {}),
    ...(date ? { date } : {}),
    ...(body ? { body } : {}),
    ...(term ? { term } : {}),
    citation,
    findings,
  };
}

/** A document cited by its number alone after a kind word ("Quyết định số 217"). */
export interface NumberOnlyCitation {
  /** Offset of the number in the original text. */
  readonly start: number;
  /** Offset past the number. */
  readonly end: number;
  /** The number as written. */
  readonly raw: string;
  /** The number's span. */
  readonly span: Span;
  /** The kind word as written. */
  readonly kind: TextPart;
  /** The kind word in its table form ("Quyết định"). */
  readonly kindWord: string;
  /** A `REF_NUMBER_ONLY` note. */
  readonly findings: readonly Finding[];
}

/** What one pass of the reference scanner finds. */
export interface ReferenceScan {
  /** References with a symbol, in text order. */
  readonly refs: readonly FoundDocumentRef[];
  /** Documents cited by number alone after a kind word, in text order. */
  readonly numberOnly: readonly NumberOnlyCitation[];
}

/**
 * Scans a text once for document references: full references (see {@link findDocumentRefs})
 * and documents cited by their number alone after a kind word ("Quyết định số 217"), so an
 * auditor can keep those numbers out of its figures too.
 *
 * @param text - the whole text
 * @returns the references and the number-only citations
 * @example
 * ```ts
 * import { scanDocumentRefs } from "baocao";
 *
 * const scan = scanDocumentRefs("Theo Quyết định số 47 và Kế hoạch số 12-KH/UBND, 05 xã đã làm.");
 * scan.numberOnly.map((c) => c.raw); // ["47"]
 * scan.refs.map((r) => r.canonical); // ["12/KH-UBND"]
 * ```
 */
export function scanDocumentRefs(text: string): ReferenceScan {
  const original = typeof text === "string" ? text : "";
  const view = createTextView(original);
  const lines = createLineIndex(original);
  const cores: Core[] = [];
  const numberOnly: NumberOnlyCitation[] = [];
  for (const m of view.text.matchAll(CORE)) {
    const core = { start: m.index, end: m.index + m[0].length, groups: m.groups ?? {} };
    if (m.groups?.bare === undefined) {
      cores.push(core);
      continue;
    }
    const from = Math.max(cores.at(-1)?.end ?? 0, core.start - 60);
    const before = BEFORE.exec(view.text.slice(from, core.start));
    const word = before?.groups?.kind;
    const info = word === undefined ? undefined : KIND_BY_KEY.get(word.toLowerCase());
    if (before === null || word === undefined || info === undefined) continue;
    const kind = part(original, view, from + before.index, from + before.index + word.length);
    const at = view.toOriginal(core.start, core.end);
    const span = lines.span(at.start, at.end);
    const raw = original.slice(at.start, at.end);
    numberOnly.push({
      ...at,
      raw,
      span,
      kind,
      kindWord: info.word,
      findings: [
        createFinding({
          code: "REF_NUMBER_ONLY",
          severity: REFERENCE_SEVERITIES.REF_NUMBER_ONLY,
          message: {
            vi: `${info.word} số ${raw} được trích thiếu ký hiệu.`,
            en: `${info.word} số ${raw} is cited without its symbol.`,
          },
          inputs: { kind: kind.text, number: raw },
          span: lines.span(kind.start, at.end),
        }),
      ],
    });
  }
  const refs: FoundDocumentRef[] = [];
  let previousEnd = 0;
  cores.forEach((core, i) => {
    const next = cores[i + 1]?.start ?? view.text.length;
    const ref = enrich(original, view, lines, core, previousEnd, next);
    if (ref) refs.push(ref);
    previousEnd = core.end;
  });
  return { refs, numberOnly };
}

/**
 * Finds every document reference in a text in one pass, with offsets into the original string
 * (NFC or NFD, NBSP, CRLF allowed): the canonical reference, its kind word, date, issuing body
 * and Party term, and each deviation as a finding (spacing, dashes, a lost slash, a Party
 * reference in the State shape or the reverse, a kind word that contradicts the type code,
 * unknown codes with the nearest known one). Fractions ("66/70"), dates and page numbers are
 * never references.
 *
 * @param text - the whole text
 * @returns the references in text order
 * @example
 * ```ts
 * import { findDocumentRefs } from "baocao";
 *
 * const [found] = findDocumentRefs("Thực hiện Kết luận số 88 - KL/TW, ngày 02/3/2016 của Ban Bí thư (khóa XI), 14/14 xã đã làm.");
 * found?.canonical; // "88-KL/TW"
 * found?.ref.date?.iso; // "2016-03-02"
 * found?.ref.term; // "XI"
 * found?.findings.map((f) => f.code); // ["REF_SPACING"]
 * ```
 */
export function findDocumentRefs(text: string): readonly FoundDocumentRef[] {
  return scanDocumentRefs(text).refs;
}
