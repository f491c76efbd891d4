import type { IndicatorInput } from "../catalogue-types.js";

// Petitions (đơn thư) by kind and by stage of handling. Every kind shares the stage terms; a
// kind is told by its own word (required) and by the absence of the other kinds' words, so
// "khiếu nại, tố cáo" together stays with the generic indicator.
const UNITS = ["đơn", "đơn thư", "vụ", "vụ việc"];
// Cases of other processes with the same verbs: files, procedures, mediation, court cases.
const OTHER_PROCESSES = [
  "hồ sơ",
  "thủ tục",
  "tthc",
  "hòa giải",
  "vụ án",
  "thi hành án",
  "tin báo",
  "tố giác",
];

interface Kind {
  readonly key: string;
  readonly vi: string;
  readonly en: string;
  readonly word?: readonly string[];
}

const KINDS: readonly Kind[] = [
  { key: "petitions", vi: "đơn thư (mọi loại)", en: "petitions (all kinds)" },
  { key: "complaints", vi: "đơn khiếu nại", en: "complaints", word: ["khiếu nại"] },
  { key: "denunciations", vi: "đơn tố cáo", en: "denunciations", word: ["tố cáo"] },
  {
    key: "feedback",
    vi: "đơn kiến nghị, phản ánh",
    en: "recommendations and feedback",
    word: ["kiến nghị", "phản ánh"],
  },
  { key: "disputes", vi: "đơn tranh chấp", en: "disputes", word: ["tranh chấp"] },
];

const RESOLVED = ["đã giải quyết", "giải quyết xong", "được giải quyết", "đã xử lý xong"];

const STAGES = [
  {
    key: "received",
    vi: "tiếp nhận",
    en: "received",
    terms: ["tiếp nhận", "nhận được", "đã nhận", "nhận", "tổng số đơn"],
  },
  {
    key: "under-jurisdiction",
    vi: "thuộc thẩm quyền giải quyết",
    en: "under the body's jurisdiction",
    terms: ["thuộc thẩm quyền"],
  },
  { key: "resolved", vi: "đã giải quyết", en: "resolved", terms: RESOLVED },
  {
    key: "pending",
    vi: "còn tồn đọng, đang giải quyết",
    en: "pending",
    terms: [
      "tồn đọng",
      "còn tồn",
      "còn lại",
      "chưa giải quyết",
      "đang giải quyết",
      "đang ... xem xét",
    ],
  },
] as const;

function kindWords(kind: Kind): Pick<IndicatorInput, "requires" | "unless"> {
  const others = KINDS.filter((k) => k !== kind).flatMap((k) => k.word ?? []);
  return kind.word
    ? { requires: [...kind.word], unless: [...others, ...OTHER_PROCESSES] }
    : { unless: [...OTHER_PROCESSES] };
}

function forKind(kind: Kind): IndicatorInput[] {
  const counts: IndicatorInput[] = STAGES.map((stage) => ({
    id: `${kind.key}.${stage.key}`,
    topic: "petitions",
    name: {
      vi: `Số ${kind.vi} ${stage.vi}`,
      en: `${capital(kind.en)} ${stage.en}`,
    },
    measure: "count",
    unit: "đơn",
    units: UNITS,
    terms: [...stage.terms],
    ...kindWords(kind),
    range: { min: "0" },
  }));
  const rate: IndicatorInput = {
    id: `${kind.key}.resolution-rate`,
    topic: "petitions",
    name: {
      vi: `Tỷ lệ giải quyết ${kind.vi}`,
      en: `Resolution rate of ${kind.en}`,
    },
    measure: "rate",
    unit: "%",
    units: UNITS,
    terms: [
      "tỷ lệ giải quyết",
      "tỉ lệ giải quyết",
      "đã giải quyết ... đạt",
      "giải quyết xong ... đạt",
      "phải giải quyết",
      ...RESOLVED,
    ],
    ...kindWords(kind),
    denominator: {
      vi: `Số ${kind.vi} phải giải quyết thuộc thẩm quyền (mới phát sinh cộng kỳ trước chuyển sang)`,
      en: `${capital(kind.en)} to resolve under the body's own jurisdiction (new plus carried over)`,
      terms: ["thuộc thẩm quyền", "phải giải quyết"],
    },
    wrongDenominators: [
      {
        vi: "Tổng số đơn tiếp nhận (kể cả đơn không thuộc thẩm quyền, trùng lặp, chuyển đi)",
        en: "All cases received (including those outside the body's jurisdiction, duplicates and those forwarded)",
        terms: ["tiếp nhận", "nhận được", "đã nhận", "tổng số đơn"],
      },
    ],
    range: { min: "0", max: "100" },
  };
  return [...counts, rate];
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Petitions received, under jurisdiction, resolved, pending and the resolution rate, by kind. */
export const PETITION_INDICATORS: readonly IndicatorInput[] = KINDS.flatMap(forKind);

/**
 * The numerator of each kind's resolution rate, by indicator id: a description, which no check
 * reads, kept apart with the other indicators' (descriptions.ts). A function, so a program that
 * never asks for the descriptions does not build them.
 */
export function petitionNumerators(): Readonly<Record<string, Pick<IndicatorInput, "numerator">>> {
  return Object.fromEntries(
    KINDS.map((kind) => [
      `${kind.key}.resolution-rate`,
      { numerator: { vi: `Số ${kind.vi} đã giải quyết`, en: `${capital(kind.en)} resolved` } },
    ]),
  );
}
