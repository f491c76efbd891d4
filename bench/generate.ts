// A seeded generator of synthetic Vietnamese report text for the benchmark and the performance
// tests. Every sentence is assembled here from the project's own word lists and invented figures;
// the only facts used are the central documents' dates, read from the project's registry.
import { CENTRAL_DOCUMENTS } from "../src/references/registry.js";
import { createRandom, type Random } from "./random.js";

/** The claim patterns the generator plants, one per paragraph or table. */
export const PLANTED_KINDS = [
  "percentage",
  "share",
  "breakdown",
  "resolution",
  "change",
  "table-total",
  "table-percent",
  "rank",
  "unit-count",
  "citation",
  "period",
] as const;

/** One of {@link PLANTED_KINDS}. */
export type PlantedKind = (typeof PLANTED_KINDS)[number];

/** A claim the generator wrote, and whether its arithmetic holds. */
export interface PlantedClaim {
  readonly kind: PlantedKind;
  /** False when the generator made it wrong on purpose. */
  readonly correct: boolean;
  /** 1-based line of the text where the claim's mistake sits (the whole claim for text). */
  readonly line: number;
  /** What was written, for a reader of a failing test. */
  readonly excerpt: string;
}

/** Options of {@link generateReport}. */
export interface GenerateOptions {
  /** Seed of the pseudo-random generator (default 1). */
  readonly seed?: number;
  /** Size to reach, in UTF-8 bytes (the text ends at the first paragraph past it). */
  readonly bytes: number;
  /** Share of claims written wrong on purpose (default 0.3). */
  readonly wrongShare?: number;
  /** Share of paragraphs that carry a claim (default 0.55; the rest is prose). */
  readonly claimShare?: number;
}

/** A synthetic report and what was planted in it. */
export interface GeneratedReport {
  readonly text: string;
  /** UTF-8 size of `text`. */
  readonly bytes: number;
  readonly reportDate: string;
  readonly planted: readonly PlantedClaim[];
  /** Counts of planted claims by kind. */
  readonly counts: Readonly<Record<PlantedKind, { correct: number; wrong: number }>>;
}

const LEVELS = ["cấp huyện", "cấp xã", "cấp tỉnh", "khối cơ quan", "khối doanh nghiệp"] as const;
const COUNT_UNITS = ["đơn", "hội nghị", "lượt người", "hồ sơ", "mô hình", "cuộc", "hộ"] as const;
const SYLLABLES = [
  "An",
  "Bình",
  "Đông",
  "Hà",
  "Hòa",
  "Khê",
  "Lâm",
  "Minh",
  "Nam",
  "Phú",
  "Sơn",
  "Tân",
  "Thạch",
  "Thanh",
  "Trung",
  "Vĩnh",
  "Xuân",
  "Yên",
] as const;
const SUBJECTS = [
  "Các cơ quan, đơn vị",
  "Ủy ban nhân dân các xã, thị trấn",
  "Đội ngũ cán bộ, công chức",
  "Mặt trận Tổ quốc và các đoàn thể",
  "Phòng Nội vụ",
  "Ban Chỉ đạo cấp huyện",
  "Các tổ chức chính trị - xã hội",
] as const;
const ACTIONS = [
  "đã chủ động phối hợp triển khai",
  "tiếp tục quan tâm chỉ đạo",
  "thường xuyên kiểm tra, đôn đốc",
  "đã cụ thể hóa và tổ chức thực hiện",
  "từng bước nâng cao chất lượng",
  "đã lồng ghép nội dung",
] as const;
const OBJECTS = [
  "công tác dân vận chính quyền",
  "việc thực hiện quy chế dân chủ ở cơ sở",
  "cải cách thủ tục hành chính",
  "công tác tiếp công dân",
  "phong trào thi đua yêu nước",
  "việc xây dựng nông thôn mới",
  "công tác tuyên truyền, phổ biến pháp luật",
] as const;
const TAILS = [
  "gắn với nhiệm vụ chính trị của địa phương",
  "bảo đảm đúng quy định",
  "tạo chuyển biến rõ nét trong nhận thức",
  "góp phần củng cố niềm tin của nhân dân",
  "theo kế hoạch đề ra",
  "bước đầu mang lại hiệu quả thiết thực",
] as const;
const HEADINGS = [
  "ĐẶC ĐIỂM TÌNH HÌNH",
  "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
  "KẾT QUẢ THỰC HIỆN",
  "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
  "PHƯƠNG HƯỚNG, NHIỆM VỤ",
  "PHỤ LỤC SỐ LIỆU",
] as const;
const TOPICS = [
  "Tuyên truyền, quán triệt",
  "Tiếp công dân, giải quyết đơn thư",
  "Cải cách hành chính",
  "Thực hiện quy chế dân chủ",
  "Kiểm tra, giám sát",
  "Xây dựng đội ngũ cán bộ",
] as const;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"] as const;

/** "1.353", with the leading zero officials put on small counts ("05") now and then. */
function count(n: number, random?: Random): string {
  if (n < 10 && random?.chance(0.3)) return `0${n}`;
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A percentage with `decimals` places, Vietnamese style ("96,25"), from a scaled integer. */
function percent(scaled: number, decimals: number): string {
  const digits = String(scaled).padStart(decimals + 1, "0");
  return decimals === 0
    ? digits
    : `${count(Number(digits.slice(0, -decimals)))},${digits.slice(-decimals)}`;
}

/** part/whole in percent, rounded half-up to `decimals` places, as a scaled integer. */
function share(part: number, whole: number, decimals: number): number {
  const scale = 100 * 10 ** decimals;
  return Math.floor((2 * part * scale + whole) / (2 * whole));
}

/** A share off by one to four points: far past any rounding an official might use. */
function wrongShare(scaled: number, decimals: number, random: Random): number {
  const delta = random.int(10, 40) * 10 ** decimals * 0.1;
  const top = 100 * 10 ** decimals;
  return scaled + delta <= top ? scaled + delta : scaled - delta;
}

const place = (random: Random): string => `${random.pick(SYLLABLES)} ${random.pick(SYLLABLES)}`;

function prose(random: Random): string {
  const n = random.int(1, 3);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) {
    sentences.push(
      `${random.pick(SUBJECTS)} ${random.pick(ACTIONS)} ${random.pick(OBJECTS)}, ${random.pick(TAILS)}.`,
    );
  }
  return sentences.join(" ");
}

interface Written {
  /** Lines of the paragraph or table; the claim sits on line `at` (0-based) of them. */
  readonly lines: readonly string[];
  readonly at: number;
  readonly kind: PlantedKind;
  readonly correct: boolean;
}

interface Setting {
  readonly random: Random;
  /** Report date. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Citations already written, by reference: a document is always cited with the same date. */
  readonly cited: Map<string, { day: number; correct: boolean }>;
}

const one = (kind: PlantedKind, correct: boolean, line: string): Written => ({
  lines: [line],
  at: 0,
  kind,
  correct,
});

function writePercentage(s: Setting, correct: boolean): Written {
  const { random } = s;
  const whole = random.int(40, 9000);
  const part = random.int(Math.ceil(whole / 3), whole);
  const decimals = random.int(1, 2);
  const right = share(part, whole, decimals);
  const stated = percent(correct ? right : wrongShare(right, decimals, random), decimals);
  const unit = random.pick(["đơn", "hồ sơ", "thủ tục", "vụ việc"]);
  const claim = random.chance(0.5)
    ? `đã giải quyết ${count(part)}/${count(whole)} ${unit} (đạt ${stated}%)`
    : `tỷ lệ ${unit} giải quyết đúng hạn đạt ${stated}% (${count(part)}/${count(whole)} ${unit})`;
  return one("percentage", correct, `${prose(random)} Trong năm, ${claim}. ${prose(random)}`);
}

function writeShare(s: Setting, correct: boolean): Written {
  const { random } = s;
  const whole = random.int(800, 40000);
  const part = random.int(Math.ceil(whole / 50), Math.ceil(whole / 4));
  const right = share(part, whole, 2);
  const stated = percent(correct ? right : wrongShare(right, 2, random), 2);
  return one(
    "share",
    correct,
    `Toàn xã ${place(random)} có ${count(whole)} hộ; hộ nghèo còn ${count(part)} hộ, chiếm ${stated}%. ${prose(random)}`,
  );
}

function writeBreakdown(s: Setting, correct: boolean): Written {
  const { random } = s;
  const unit = random.pick(COUNT_UNITS);
  const n = random.int(2, 4);
  const parts = Array.from({ length: n }, () => random.int(3, 900));
  const sum = parts.reduce((a, b) => a + b, 0);
  const levels = LEVELS.slice(0, n);
  const form = random.int(0, 2);
  // "trong đó" names some parts: only a sum over the total is wrong.
  const total = correct ? sum : form === 0 ? sum - random.int(1, 9) : sum + random.int(1, 9);
  const list = parts.map((p, i) => `${levels[i]} ${count(p, random)} ${unit}`);
  const claim =
    form === 0
      ? `tiếp nhận ${count(total)} ${unit}, trong đó ${list.join(", ")}`
      : form === 1
        ? `tổ chức ${count(total)} ${unit}, gồm: ${list.join(", ")}`
        : `có ${count(total)} ${unit} (${parts.map((p, i) => `${levels[i]} ${count(p)}`).join(", ")} ${unit})`;
  return one("breakdown", correct, `${prose(random)} Toàn huyện ${claim}. ${prose(random)}`);
}

function writeResolution(s: Setting, correct: boolean): Written {
  const { random } = s;
  const fresh = random.int(30, 2000);
  const old = random.int(1, 60);
  const toResolve = fresh + old;
  const resolved = random.int(Math.ceil(toResolve * 0.7), toResolve - 1);
  const pending = correct ? toResolve - resolved : toResolve - resolved + random.int(2, 9);
  return one(
    "resolution",
    correct,
    `${prose(random)} Huyện phải giải quyết ${count(toResolve)} đơn (đơn mới ${count(fresh)}, đơn cũ ${count(old, random)}), đã giải quyết xong ${count(resolved)} đơn, còn ${count(pending, random)} đơn đang xem xét.`,
  );
}

function writeChange(s: Setting, correct: boolean): Written {
  const { random } = s;
  const before = random.int(60, 3000);
  const drop = random.int(2, Math.floor(before / 5));
  const after = before - drop;
  if (random.chance(0.5)) {
    const stated = correct ? drop : drop + random.int(2, 9);
    const pct = percent(share(drop, before, 2), 2);
    return one(
      "change",
      correct,
      `Biên chế công chức giảm từ ${count(before)} xuống còn ${count(after)} người (giảm ${count(stated)} người), tương đương ${pct}%. ${prose(random)}`,
    );
  }
  const right = share(drop, before, 2);
  const pct = percent(correct ? right : wrongShare(right, 2, random), 2);
  return one(
    "change",
    correct,
    `Số vụ vi phạm hành chính năm ${s.year - 1} là ${count(after)} vụ, giảm ${count(drop)} vụ (-${pct}%) so với cùng kỳ. ${prose(random)}`,
  );
}

function writeTableTotal(s: Setting, correct: boolean): Written {
  const { random } = s;
  const rows = random.int(3, 7);
  const columns = random.int(2, 4);
  const data = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => random.int(1, 400)),
  );
  const totals = Array.from({ length: columns }, (_, j) =>
    data.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  if (!correct) {
    const j = random.int(0, columns - 1);
    totals[j] = (totals[j] ?? 0) + random.int(1, 12);
  }
  const header = ["Năm", ...Array.from({ length: columns }, (_, j) => `Chỉ tiêu ${j + 1}`)];
  const lines = [
    header.join("\t"),
    ...data.map((row, i) => [String(s.year - rows + i), ...row.map((v) => count(v))].join("\t")),
    ["Cộng", ...totals.map((v) => count(v))].join("\t"),
  ];
  return { lines, at: lines.length - 1, kind: "table-total", correct };
}

function writeTablePercent(s: Setting, correct: boolean): Written {
  const { random } = s;
  const base = random.int(100, 5000);
  const done = random.int(Math.ceil(base * 0.8), base);
  const right = share(done, base, 1);
  const stated = percent(correct ? right : wrongShare(right, 1, random), 1);
  const lines = [
    "Tổng số đơn\tThuộc thẩm quyền\tĐã giải quyết",
    `${count(base + random.int(10, 900))}\t${count(base)}\t${count(done)} (${stated}%)`,
  ];
  return { lines, at: 1, kind: "table-percent", correct };
}

function writeRank(s: Setting, correct: boolean): Written {
  const { random } = s;
  const of = random.int(8, 14);
  const rank = correct ? random.int(1, of) : of + random.int(1, 4);
  return one(
    "rank",
    correct,
    `Chỉ số cải cách hành chính của huyện năm ${s.year - 1} xếp thứ ${rank}/${of} huyện, thị xã. ${prose(random)}`,
  );
}

function writeUnitCount(s: Setting, correct: boolean): Written {
  const { random } = s;
  const communes = random.int(8, 30);
  const towns = random.int(1, 3);
  const total = correct ? communes + towns : communes + towns + random.int(1, 3);
  return one(
    "unit-count",
    correct,
    `Huyện có ${total} đơn vị hành chính cấp xã, trong đó có ${count(communes)} xã và ${count(towns, random)} thị trấn. ${prose(random)}`,
  );
}

function writeCitation(s: Setting, wanted: boolean): Written {
  const { random } = s;
  const report = `${s.year}-${String(s.month).padStart(2, "0")}-${String(s.day).padStart(2, "0")}`;
  const known = CENTRAL_DOCUMENTS.filter(
    (d) =>
      d.confidence === "verified" &&
      d.date < report &&
      CENTRAL_DOCUMENTS.filter((e) => e.ref === d.ref).length === 1,
  );
  const doc = random.pick(known);
  const [y, m, d] = doc.date.split("-").map(Number) as [number, number, number];
  // A wrong day stays within the month (and the year, by which the registry matches). A document
  // cited again keeps its first date, or the two citations would contradict each other.
  const first = s.cited.get(doc.ref) ?? {
    day: wanted ? d : d > 14 ? d - random.int(1, 9) : d + random.int(1, 9),
    correct: wanted,
  };
  s.cited.set(doc.ref, first);
  const { day, correct } = first;
  const issuer = doc.issuer.split(",")[0];
  return one(
    "citation",
    correct,
    `Thực hiện ${doc.kind} số ${doc.ref}, ngày ${day}/${m}/${y} của ${issuer}, ${random.pick(SUBJECTS).toLowerCase()} ${random.pick(ACTIONS)} ${random.pick(OBJECTS)}.`,
  );
}

function writePeriod(s: Setting, correct: boolean): Written {
  const { random } = s;
  if (random.chance(0.5)) {
    const end = correct ? `hết tháng ${s.month - 1}/${s.year}` : `ngày 31/12/${s.year}`;
    return one(
      "period",
      correct,
      `Từ tháng 01/${s.year - 4} đến ${end}, toàn huyện tiếp ${count(random.int(300, 4000))} lượt công dân. ${prose(random)}`,
    );
  }
  const first = s.year - 5;
  const last = correct ? s.year - 1 : s.year;
  return one(
    "period",
    correct,
    `Sau 05 năm (${first} - ${last}), ${random.pick(SUBJECTS).toLowerCase()} ${random.pick(ACTIONS)} ${random.pick(OBJECTS)}.`,
  );
}

const WRITERS: Record<PlantedKind, (s: Setting, correct: boolean) => Written> = {
  percentage: writePercentage,
  share: writeShare,
  breakdown: writeBreakdown,
  resolution: writeResolution,
  change: writeChange,
  "table-total": writeTableTotal,
  "table-percent": writeTablePercent,
  rank: writeRank,
  "unit-count": writeUnitCount,
  citation: writeCitation,
  period: writePeriod,
};

function header(s: Setting): string[] {
  const name = place(s.random);
  return [
    "ỦY BAN NHÂN DÂN",
    `HUYỆN ${name.toUpperCase()}`,
    `Số: ${s.random.int(10, 999)}/BC-UBND`,
    `${name}, ngày ${s.day} tháng ${s.month} năm ${s.year}`,
    "",
    "BÁO CÁO",
    `Kết quả thực hiện công tác dân vận chính quyền năm ${s.year}`,
    "(Văn bản tổng hợp do chương trình đo hiệu năng của baocao sinh ra, số liệu hư cấu)",
    "",
  ];
}

const FOOTER = [
  "",
  "Nơi nhận:",
  "- Thường trực Huyện ủy;",
  "- Lưu: VT.",
  "",
  "TM. ỦY BAN NHÂN DÂN",
  "KT. CHỦ TỊCH",
];

const bytesOf = (line: string): number => Buffer.byteLength(line, "utf8") + 1;

/**
 * Writes a synthetic report of about `bytes` UTF-8 bytes: a header with the report's date,
 * numbered sections of prose, and claims of every pattern the auditor knows (one per paragraph
 * or table), a share of them wrong on purpose. The same options always give the same text.
 *
 * @param options - size, seed and shares
 * @returns the text and the list of planted claims
 */
export function generateReport(options: GenerateOptions): GeneratedReport {
  const random = createRandom(options.seed ?? 1);
  const wrongShare = options.wrongShare ?? 0.3;
  const claimShare = options.claimShare ?? 0.55;
  const setting: Setting = {
    random,
    year: random.int(2020, 2024),
    month: random.int(7, 11),
    day: random.int(1, 28),
    cited: new Map(),
  };
  const lines = header(setting);
  let size = lines.reduce((n, l) => n + bytesOf(l), 0);
  const planted: PlantedClaim[] = [];
  const counts = Object.fromEntries(
    PLANTED_KINDS.map((k) => [k, { correct: 0, wrong: 0 }]),
  ) as Record<PlantedKind, { correct: number; wrong: number }>;
  const push = (line: string) => {
    lines.push(line);
    size += bytesOf(line);
  };
  let section = 0;
  let topic = 0;
  while (size < options.bytes) {
    if (topic === 0 || random.chance(0.06)) {
      push("");
      push(`${ROMAN[section % ROMAN.length]}. ${HEADINGS[section % HEADINGS.length]}`);
      section++;
      topic = 1;
    }
    if (random.chance(0.15)) {
      push("");
      push(`${topic}. ${random.pick(TOPICS)}`);
      topic++;
    }
    push("");
    if (!random.chance(claimShare)) {
      push(prose(random));
      continue;
    }
    const kind = random.pick(PLANTED_KINDS);
    const correct = !random.chance(wrongShare);
    const written = WRITERS[kind](setting, correct);
    const first = lines.length;
    for (const line of written.lines) push(line);
    const line = written.lines[written.at] ?? "";
    planted.push({
      kind,
      correct: written.correct,
      line: first + written.at + 1,
      excerpt: line.slice(0, 160),
    });
    counts[kind][written.correct ? "correct" : "wrong"]++;
  }
  for (const line of FOOTER) push(line);
  const text = `${lines.join("\n")}\n`;
  const reportDate = `${setting.year}-${String(setting.month).padStart(2, "0")}-${String(setting.day).padStart(2, "0")}`;
  return { text, bytes: Buffer.byteLength(text, "utf8"), reportDate, planted, counts };
}

/**
 * Several reports of the same size with consecutive seeds: a province's year of reports.
 *
 * @param n - how many reports
 * @param bytes - size of each, in UTF-8 bytes
 * @param seed - seed of the first
 * @returns the reports
 */
export function generateCorpus(n: number, bytes: number, seed = 1): GeneratedReport[] {
  return Array.from({ length: n }, (_, i) => generateReport({ seed: seed + i, bytes }));
}
