// Tables of document type codes and issuer codes (data, apart from the logic that reads them).
// Sources: Hướng dẫn 36-HD/VPTW (2018) of the Party Central Office for Party documents;
// Nghị định 30/2020/NĐ-CP, Phụ lục III, for State administrative documents; the Law on
// Promulgation of Legal Documents for normative ones; Nghị quyết 01/2017/NQ-HĐTP for court
// judgments. Codes marked "seen in practice" appear in real reports but in no rule.

/** A document type code with its Vietnamese names in the Party and the State systems. */
export interface TypeCodeInfo {
  /** The code as written in a reference ("KL", "QĐi", "CTr"). */
  readonly code: string;
  /** The Party document kind it names (Hướng dẫn 36-HD/VPTW), if Party documents use it. */
  readonly party?: string;
  /** The State document kind it names (Nghị định 30/2020/NĐ-CP, normative law), if any. */
  readonly state?: string;
  /** True when a State document of this type is normative and carries its year ("04/2015/NĐ-CP"). */
  readonly normative?: boolean;
}

/**
 * Document type codes ("mã loại văn bản") with their Vietnamese names.
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPE_CODES } from "baocao";
 *
 * DOCUMENT_TYPE_CODES.find((t) => t.code === "KL")?.party; // "Kết luận"
 * ```
 */
export const DOCUMENT_TYPE_CODES: readonly TypeCodeInfo[] = [
  { code: "NQ", party: "Nghị quyết", state: "Nghị quyết" },
  { code: "QĐ", party: "Quyết định", state: "Quyết định" },
  { code: "QĐi", party: "Quy định" },
  { code: "QyĐ", state: "Quy định" },
  { code: "CT", party: "Chỉ thị", state: "Chỉ thị" },
  { code: "KL", party: "Kết luận" },
  { code: "QC", party: "Quy chế", state: "Quy chế" },
  { code: "TT", party: "Thông tri", state: "Thông tư", normative: true },
  { code: "HD", party: "Hướng dẫn", state: "Hướng dẫn" },
  { code: "BC", party: "Báo cáo", state: "Báo cáo" },
  { code: "KH", party: "Kế hoạch", state: "Kế hoạch" },
  { code: "CTr", party: "Chương trình", state: "Chương trình" },
  { code: "TB", party: "Thông báo", state: "Thông báo" },
  { code: "TC", party: "Thông cáo", state: "Thông cáo" },
  { code: "TTr", party: "Tờ trình", state: "Tờ trình" },
  { code: "ĐA", party: "Đề án", state: "Đề án" },
  { code: "PA", party: "Phương án", state: "Phương án" },
  { code: "DA", state: "Dự án" },
  { code: "ĐC", party: "Đề cương" },
  { code: "CV", party: "Công văn" },
  { code: "BB", party: "Biên bản", state: "Biên bản" },
  { code: "HĐ", state: "Hợp đồng" },
  { code: "CĐ", party: "Công điện", state: "Công điện" },
  { code: "GM", party: "Giấy mời", state: "Giấy mời" },
  { code: "GGT", party: "Giấy giới thiệu", state: "Giấy giới thiệu" },
  { code: "GUQ", state: "Giấy ủy quyền" },
  { code: "GN", state: "Bản ghi nhớ" },
  { code: "TTh", state: "Bản thỏa thuận" },
  { code: "GCN", party: "Giấy chứng nhận" },
  { code: "GĐĐ", party: "Giấy đi đường" },
  { code: "GNP", party: "Giấy nghỉ phép", state: "Giấy nghỉ phép" },
  { code: "PG", party: "Phiếu gửi", state: "Phiếu gửi" },
  { code: "PC", party: "Phiếu chuyển", state: "Phiếu chuyển" },
  { code: "PB", party: "Phiếu báo", state: "Phiếu báo" },
  { code: "NĐ", state: "Nghị định", normative: true },
  { code: "PL", state: "Pháp lệnh", normative: true },
  { code: "NQLT", state: "Nghị quyết liên tịch", normative: true },
  { code: "TTLT", state: "Thông tư liên tịch", normative: true },
  // Seen in practice.
  { code: "KHPH", party: "Kế hoạch phối hợp", state: "Kế hoạch phối hợp" },
  { code: "CTHĐ", party: "Chương trình hành động" },
];

/** A court judgment code ("HS-ST": criminal, first instance). */
export interface CourtCodeInfo {
  /** The code as written after the year ("HS-ST"). */
  readonly code: string;
  /** Its Vietnamese name. */
  readonly name: string;
}

const CASES = [
  ["HS", "hình sự"],
  ["DS", "dân sự"],
  ["HC", "hành chính"],
  ["KDTM", "kinh doanh, thương mại"],
  ["LĐ", "lao động"],
  ["HNGĐ", "hôn nhân và gia đình"],
] as const;

/**
 * Court judgment codes (Nghị quyết 01/2017/NQ-HĐTP): case kind and instance, as in
 * "06/2015/HS-ST" (bản án hình sự sơ thẩm).
 *
 * @example
 * ```ts
 * import { COURT_CODES } from "baocao";
 *
 * COURT_CODES.find((c) => c.code === "HS-PT")?.name; // "Bản án hình sự phúc thẩm"
 * ```
 */
export const COURT_CODES: readonly CourtCodeInfo[] = CASES.flatMap(([code, name]) => [
  { code: `${code}-ST`, name: `Bản án ${name} sơ thẩm` },
  { code: `${code}-PT`, name: `Bản án ${name} phúc thẩm` },
]);

/** Which system an issuer belongs to: it decides the shape its references take. */
export type IssuerSphere = "party" | "state" | "both";

/** An issuer code without the body it names: what the reader of references uses. @internal */
export type IssuerKind = Omit<IssuerCodeInfo, "name">;

/** An issuer code with the body it names. */
export interface IssuerCodeInfo {
  /** The code ("TW", "UBND"); for a body with a term, the code without digits ("UBTVQH"). */
  readonly code: string;
  /** The body, in Vietnamese. */
  readonly name: string;
  /** Party or State (decides `NUMBER-TYPE/ISSUER` against `NUMBER/TYPE-ISSUER`). */
  readonly sphere: IssuerSphere;
  /** True when the code carries the body's term as digits ("UBTVQH11", "QH14"). */
  readonly term?: boolean;
}

const party = (code: string): IssuerKind => ({ code, sphere: "party" });
const state = (code: string): IssuerKind => ({ code, sphere: "state" });

/**
 * The issuer codes of `ISSUER_CODES` without the bodies' names: what the reader of
 * references needs (sphere and term), apart from the names so that a program that reads
 * references does not carry them (issuer-codes.ts joins the two).
 *
 * @internal
 */
export const ISSUER_KINDS: readonly IssuerKind[] = [
  party("TW"),
  party("VPTW"),
  party("BTCTW"),
  party("BDVTW"),
  party("BTGTW"),
  party("UBKTTW"),
  party("BNCTW"),
  party("BKTTW"),
  party("BĐNTW"),
  party("ĐUK"),
  party("TU"),
  party("HU"),
  party("QU"),
  party("TX"),
  party("ĐU"),
  party("CB"),
  party("BTVTU"),
  party("BTVHU"),
  party("BDV"),
  party("BDVTU"),
  party("BDVHU"),
  party("BTGTU"),
  party("BTGHU"),
  party("BTCTU"),
  party("BTCHU"),
  party("UBKTTU"),
  party("UBKTHU"),
  party("VPTU"),
  party("VPHU"),
  party("BCSĐ"),
  party("BCSĐUBND"),
  party("ĐĐ"),
  { code: "BCĐ", sphere: "both" },
  { code: "QH", sphere: "state", term: true },
  { code: "UBTVQH", sphere: "state", term: true },
  state("CTN"),
  state("CP"),
  state("TTg"),
  state("VPCP"),
  state("TTCP"),
  state("HĐTP"),
  state("TANDTC"),
  state("VKSNDTC"),
  state("KTNN"),
  state("NHNN"),
  state("BNV"),
  state("BTC"),
  state("BTP"),
  state("BCA"),
  state("BQP"),
  state("BNG"),
  state("BYT"),
  state("BCT"),
  state("BXD"),
  state("BGTVT"),
  state("BGDĐT"),
  state("BTNMT"),
  state("BNNPTNT"),
  state("BLĐTBXH"),
  state("BKHĐT"),
  state("BKHCN"),
  state("BTTTT"),
  state("BVHTTDL"),
  state("UBDT"),
  state("HĐND"),
  state("UBND"),
  state("SNV"),
  state("STP"),
  state("STC"),
  state("SYT"),
  state("STNMT"),
  state("SXD"),
  state("SGDĐT"),
  state("SKHĐT"),
  state("SNNPTNT"),
  state("SLĐTBXH"),
  { code: "MTTQ", sphere: "both" },
  {
    code: "ĐCTTWMTTQVN",
    sphere: "both",
  },
  {
    code: "ĐCTUBTWMTTQVN",
    sphere: "both",
  },
  { code: "MT&ĐT", sphere: "both" },
];

/** A kind word ("Kết luận", "Nghị định") and the type codes it can go with. */
export interface KindWordInfo {
  /** The kind word as Vietnamese writes it (capitalised first letter). */
  readonly word: string;
  /** Type codes it agrees with; `"*"` for a generic word ("Văn bản"). */
  readonly codes: readonly string[];
  /** Families it agrees with when the reference has no type code (a công văn, a law). */
  readonly families?: readonly ("letter" | "normative" | "court")[];
}

/**
 * Kind words that come before a reference, longest first, with the type codes they agree with
 * ("Chỉ thị số 05-KL/TW" contradicts itself).
 *
 * @example
 * ```ts
 * import { KIND_WORDS } from "baocao";
 *
 * KIND_WORDS.find((k) => k.word === "Quy định")?.codes; // ["QĐi", "QyĐ", "QĐ"]
 * ```
 */
export const KIND_WORDS: readonly KindWordInfo[] = [
  { word: "Bản án hình sự phúc thẩm", codes: ["HS-PT"], families: ["court"] },
  { word: "Bản án hình sự sơ thẩm", codes: ["HS-ST"], families: ["court"] },
  { word: "Chương trình hành động", codes: ["CTr", "CTHĐ"] },
  { word: "Chương trình phối hợp", codes: ["CTr", "KHPH"] },
  { word: "Nghị quyết liên tịch", codes: ["NQLT"] },
  { word: "Thông tư liên tịch", codes: ["TTLT"] },
  { word: "Kế hoạch phối hợp", codes: ["KH", "KHPH"] },
  { word: "Bản án hành chính", codes: ["HC-ST", "HC-PT"], families: ["court"] },
  { word: "Bản án hình sự", codes: ["HS-ST", "HS-PT"], families: ["court"] },
  { word: "Bản án dân sự", codes: ["DS-ST", "DS-PT"], families: ["court"] },
  { word: "Chương trình", codes: ["CTr", "CTHĐ"] },
  { word: "Nghị quyết", codes: ["NQ", "NQLT"] },
  { word: "Quyết định", codes: ["QĐ"] },
  { word: "Nghị định", codes: ["NĐ"] },
  { word: "Hướng dẫn", codes: ["HD"] },
  { word: "Thông báo", codes: ["TB"] },
  { word: "Thông cáo", codes: ["TC"] },
  { word: "Công điện", codes: ["CĐ"] },
  { word: "Pháp lệnh", codes: ["PL"] },
  { word: "Phương án", codes: ["PA"] },
  { word: "Thông tri", codes: ["TT"] },
  // Before 2019 Party regulations were numbered with QĐ (124-QĐ/TW is a Quy định).
  { word: "Quy định", codes: ["QĐi", "QyĐ", "QĐ"] },
  { word: "Kết luận", codes: ["KL"] },
  { word: "Kế hoạch", codes: ["KH", "KHPH"] },
  { word: "Công văn", codes: ["CV"], families: ["letter"] },
  { word: "Thông tư", codes: ["TT", "TTLT"] },
  { word: "Biên bản", codes: ["BB"] },
  { word: "Hợp đồng", codes: ["HĐ"] },
  { word: "Đề cương", codes: ["ĐC"] },
  { word: "Giấy mời", codes: ["GM"] },
  { word: "Tờ trình", codes: ["TTr"] },
  { word: "Báo cáo", codes: ["BC"] },
  { word: "Văn bản", codes: ["*"] },
  { word: "Chỉ thị", codes: ["CT"] },
  { word: "Quy chế", codes: ["QC"] },
  { word: "Bản án", codes: COURT_CODES.map((c) => c.code), families: ["court"] },
  { word: "Đề án", codes: ["ĐA"] },
  { word: "Dự án", codes: ["DA"] },
  { word: "Luật", codes: [], families: ["normative"] },
];
