// The role words of report prose, as data: what the claim rules look for around figures. A rule
// asks "is there a `list-some` cue between these two figures?", never matches words of its own.
// Words are written as reports write them; they are matched on their keys (lower case, one
// tone-mark placement, NFC or NFD alike), whole words only.

/** What a role word does in a claim. */
export type Role =
  /** Names some of the parts of the figure before it: "trong đó", "trong số đó". */
  | "list-some"
  /** Names all of its parts: "gồm", "bao gồm", "cụ thể", "chia ra". */
  | "list-all"
  /** Words a list marker may carry: "trong đó có", "gồm có", "cụ thể như sau". */
  | "list-tail"
  /** Joins a base and a part in one clause: "với" ("tiếp nhận 6.776 hồ sơ, với 2.521 …"). */
  | "list-with"
  /** A rise: "tăng", "tăng thêm", "cao hơn". */
  | "up"
  /** A fall: "giảm", "giảm bớt", "thấp hơn". */
  | "down"
  /** The same change put another way: "tương ứng", "tương đương". */
  | "equivalent"
  /** A comparison with another period or figure: "so với", "so cùng kỳ". */
  | "compare"
  /** A comparison with a plan or target: "so với kế hoạch", "so với chỉ tiêu". */
  | "compare-plan"
  /** A plan, target or estimate a share is "of": "kế hoạch", "chỉ tiêu", "dự toán". */
  | "plan"
  /** A figure named as a base: "tổng số", "thuộc thẩm quyền", "phải giải quyết". */
  | "base"
  /** What is left: "còn lại", "còn", "số còn lại". */
  | "remainder"
  /** A total written after its parts: "lũy kế", "tổng cộng", "cộng dồn". */
  | "sum"
  /** Nouns a figure counts that open with a function word: "bị can", "bị cáo". */
  | "noun"
  /** An average: "bình quân", "trung bình", and a yield ("năng suất"), which is one. */
  | "average"
  /** Names the unit an average is per, before it: "mỗi" ("bình quân mỗi hộ 11 triệu đồng"). */
  | "per"
  /** Words that may stand between an average's word and its figure: "đạt", "ước đạt", "là". */
  | "average-lead"
  /** Percentage points: "điểm phần trăm". */
  | "points"
  /** A structure of shares that sums to 100: "cơ cấu". */
  | "structure"
  /** A rate named by the words after "tỷ lệ" ("tỷ lệ hộ nghèo"): "tỷ lệ". */
  | "rate"
  /** A fraction written in words, before its whole: "318 thanh niên trên tổng số 450 lệnh gọi". */
  | "out-of"
  /**
   * Words that open a new statement about the members of a fraction ("4/7 phường có tỷ lệ …
   * dưới 2%"): the percentage after them is not the fraction's.
   */
  | "member"
  /** Verbs and joins that end a list item's label ("đã", "đạt", "chiếm", "nhưng"…). */
  | "clause"
  /**
   * Verbs of measure that may stand between a list item's label and its figure, where they end
   * no label: "sản lượng lúa đạt 320 nghìn tấn".
   */
  | "measure"
  /** What a percentage after a fraction may be "of" instead: "kế hoạch", "so với", "trở lên". */
  | "of-other"
  /** Before a count, a change rather than a count ("tăng 140 …"). */
  | "change-word"
  /** "từ" of "tăng từ X lên Y" and "xuống", "lên", "đến" of its end. */
  | "from"
  | "to"
  /** Outcome words of a resolution: cases resolved. */
  | "resolved"
  /** Cases to resolve in all. */
  | "to-resolve"
  /** Cases under the body's own jurisdiction. */
  | "jurisdiction"
  /** Cases received in the period. */
  | "received"
  /** Cases carried over from the period before. */
  | "carried-over"
  /** Cases still pending. */
  | "pending"
  /**
   * Says the figure it stands with counts items not done (in a bracket after a fraction: "đã
   * thi hành xong 20/22 việc (có 02 việc bị tạm đình chỉ)"): "không", "chưa", "tạm đình chỉ".
   */
  | "not-done"
  /** Words that may stand between a keyword and its figure: "xong", "là", "được", "có". */
  | "link"
  /** Words that carry no meaning of their own in a label ("số", "các", "của"): left out when labels are compared. */
  | "function"
  /**
   * Words after which a small number names a thing rather than counts it: "mức độ 3", "Quý 2",
   * "Chỉ tiêu 1:", "vùng 2".
   */
  | "name-number"
  /**
   * Words after which a small number names a thing only when nothing it could count follows
   * ("tổ 3 và …", but "thanh loại 375 đối tượng" counts).
   */
  | "name-number-weak"
  /** A period a figure belongs to ("năm 2023", "cùng kỳ", "6 tháng đầu năm"): a bracket with one holds the value before. */
  | "period"
  /** The label of a table's total row: "Cộng", "Tổng cộng", "Toàn huyện". */
  | "total-row"
  /** Late (a state of the cases, not their balance): "quá hạn", "trễ hạn", "chậm". */
  | "timeliness";

/** Every role word, by role. */
export const LEXICON: Readonly<Record<Role, readonly string[]>> = {
  "list-some": ["trong đó", "trong số đó", "trong số này", "trong số"],
  "list-all": ["bao gồm", "gồm", "gồm có", "cụ thể", "cụ thể là", "chia ra", "chia ra gồm"],
  "list-with": ["với"],
  "list-tail": ["có", "là", "như sau"],
  up: ["tăng", "tăng thêm", "cao hơn", "nhiều hơn", "vượt"],
  down: ["giảm", "giảm thêm", "giảm bớt", "thấp hơn", "ít hơn"],
  equivalent: ["tương ứng", "tương đương", "tương ứng với", "tương đương với"],
  compare: [
    "so với",
    "so cùng kỳ",
    "so với cùng kỳ",
    "so với cùng kỳ năm trước",
    "so năm trước",
    "so với năm",
  ],
  "compare-plan": [
    "so với kế hoạch",
    "so với chỉ tiêu",
    "so với dự toán",
    "so với mục tiêu",
    "so kế hoạch",
    "so chỉ tiêu",
    "so dự toán",
  ],
  plan: ["kế hoạch", "theo kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu"],
  base: [
    "tổng số",
    "tổng cộng",
    "có tổng",
    "toàn tỉnh",
    "toàn huyện",
    "toàn xã",
    "toàn phường",
    "toàn thành phố",
    "toàn thị xã",
    "toàn ngành",
    "thuộc thẩm quyền",
    "phải giải quyết",
    "phải thu",
    "phải xử lý",
    "phải thực hiện",
    "tiếp nhận",
    "nhận được",
  ],
  remainder: ["còn lại", "số còn lại", "còn"],
  sum: ["lũy kế", "luỹ kế", "tổng cộng", "cộng dồn"],
  noun: ["bị can", "bị cáo", "bị hại", "bị đơn"],
  average: ["bình quân", "trung bình", "năng suất", "năng xuất"],
  per: ["mỗi", "một", "trên mỗi", "cho mỗi"],
  "average-lead": ["đạt", "ước", "ước đạt", "ước tính", "là", "đạt mức", "ở mức", "mức", "chung"],
  points: ["điểm phần trăm", "điểm %"],
  structure: ["cơ cấu"],
  rate: ["tỷ lệ", "tỉ lệ"],
  "out-of": ["trên tổng số", "/tổng số", "trên tổng"],
  member: ["có", "với", "mà", "mỗi", "từng", "các", "những", "này", "trong", "khi", "nếu", "của"],
  clause: [
    "đã",
    "đạt",
    "còn",
    "tồn",
    "chiếm",
    "bằng",
    "so với",
    "tăng",
    "giảm",
    "tỷ lệ",
    "được",
    "với",
    "nhưng",
    "tuy nhiên",
    "hoặc",
    "hay",
    "mỗi",
    "bình quân",
    "trung bình",
  ],
  measure: ["đạt"],
  "of-other": ["kế hoạch", "chỉ tiêu", "so với", "so cùng kỳ", "trở lên", "trở xuống", "nhiệm vụ"],
  "change-word": [
    "tăng",
    "giảm",
    "tăng thêm",
    "giảm thêm",
    "nhiều hơn",
    "ít hơn",
    "cao hơn",
    "thấp hơn",
  ],
  from: ["từ"],
  to: ["xuống", "lên", "tới", "đến", "xuống còn", "lên tới", "lên đến"],
  resolved: [
    "đã giải quyết",
    "được giải quyết",
    "đã giải quyết xong",
    "được giải quyết xong",
    "đã giải quyết dứt điểm",
    "được giải quyết dứt điểm",
    "giải quyết xong",
    "đã xong",
    "đã xử lý xong",
    "thi hành xong",
    "đã thi hành xong",
    "đã trả kết quả",
    "trả kết quả",
  ],
  "to-resolve": [
    "phải giải quyết",
    "tổng số đơn phải giải quyết",
    "tổng số vụ việc phải giải quyết",
    "tổng số vụ phải giải quyết",
  ],
  jurisdiction: ["thuộc thẩm quyền", "thuộc thẩm quyền giải quyết"],
  received: ["đơn mới", "mới phát sinh", "phát sinh mới", "tiếp nhận", "nhận được", "thụ lý mới"],
  "carried-over": [
    "đơn cũ",
    "kỳ trước chuyển sang",
    "năm trước chuyển sang",
    "tháng trước chuyển sang",
    "tồn kỳ trước",
    "tồn đầu kỳ",
    "số cũ chuyển sang",
  ],
  pending: [
    "còn tồn đọng",
    "còn tồn",
    "còn lại",
    "tồn đọng",
    "còn",
    "đang giải quyết",
    "đang xem xét giải quyết",
    "đang xem xét, giải quyết",
    "chuyển kỳ sau",
    "chuyển sang kỳ sau",
  ],
  "not-done": ["không", "chưa", "còn", "đang", "tạm đình chỉ", "đình chỉ", "tạm dừng", "hoãn"],
  function: [
    "số",
    "các",
    "những",
    "của",
    "và",
    "là",
    "có",
    "được",
    "bị",
    "đã",
    "với",
    "cho",
    "trong",
    "tại",
    "đến",
    "từ",
    "về",
    "người",
    "làm",
    "tổng",
    "lượng",
  ],
  "name-number": [
    "chỉ số",
    "mức độ",
    "chỉ tiêu",
    "tiêu chí",
    "vùng",
    "quý",
    "khóa",
    "khoá",
    "lần thứ",
    "phụ lục",
    "điều",
    "khoản",
    "chương",
    "lớp",
    "phường",
  ],
  "name-number-weak": [
    "mức",
    "nhóm",
    "loại",
    "khu vực",
    "đợt",
    "lần",
    "bảng",
    "biểu",
    "mục",
    "phần",
    "tổ",
    "khu",
    "ấp",
    "xóm",
    "thôn",
    "đội",
    "hạng",
    "bậc",
  ],
  period: ["năm", "cùng kỳ", "tháng", "quý", "kỳ trước", "năm trước", "năm ngoái"],
  link: ["xong", "là", "được", "có", "lại", "khoảng", "tổng số", "số"],
  "total-row": [
    "tổng cộng",
    "cộng",
    "tổng số",
    "tổng",
    "toàn huyện",
    "toàn tỉnh",
    "toàn xã",
    "toàn thành phố",
    "toàn thị xã",
  ],
  timeliness: ["quá hạn", "trễ hạn", "chậm", "đúng hạn", "trước hạn"],
};

/**
 * Words that lead a share on a line of its own, under the line whose figure it is the share of:
 * "Đất sản xuất: 4.318,18 ha" over "- Tỷ lệ: 90,96%".
 */
export const SHARE_LINE_LEADS: readonly string[] = [...LEXICON.rate, "chiếm", "chiếm tỷ lệ"];

/**
 * Words that make a label the rest of another: "chưa có điều kiện" beside "có điều kiện",
 * "ngoài nhà nước" beside "nhà nước", "phi nông nghiệp" beside "nông nghiệp".
 */
export const COMPLEMENT_PREFIXES: readonly string[] = ["chưa", "không", "ngoài", "phi"];

/**
 * Words that make a list's last part the rest of its whole: "các loại khác", "số còn lại". With
 * one of them last, the parts of a "trong đó" list are all of it.
 */
export const REST_LABELS: readonly string[] = ["khác", "còn lại"];

/**
 * Labels that together plainly cover a whole: parts named by them in the clauses after a total
 * are all of it ("Khu vực đô thị … ; khu vực nông thôn …"). Each set is complete as listed.
 */
export const PARTITIONS: readonly (readonly string[])[] = [
  ["cũ", "mới"],
  ["khiếu nại", "tố cáo", "kiến nghị"],
  ["khiếu nại", "tố cáo", "kiến nghị, phản ánh"],
  ["hình sự", "dân sự"],
  ["nội địa", "quốc tế"],
  ["trong nước", "nước ngoài"],
  ["thường xuyên", "định kỳ"],
  ["định kỳ", "đột xuất"],
  ["thường xuyên", "định kỳ", "đột xuất"],
  ["đô thị", "nông thôn"],
  ["thành thị", "nông thôn"],
  ["cấp tỉnh", "cấp huyện", "cấp xã"],
  ["nam", "nữ"],
  ["trực tuyến", "trực tiếp"],
  ["đúng hạn", "quá hạn"],
  ["trước hạn", "đúng hạn", "quá hạn"],
  ["trong hạn", "quá hạn"],
];

/**
 * Nouns that count one thing under two names: a total of "nhân khẩu" and its parts in "người"
 * ("3.427 nhân khẩu … dân tộc Thái 3.395 người"), pupils counted as "em". A part and its total
 * count the same thing when their nouns are equal or stand in one set.
 */
export const SAME_COUNT: readonly (readonly string[])[] = [
  ["người", "nhân khẩu", "khẩu"],
  ["học sinh", "em"],
  ["trẻ", "em", "cháu"],
  ["đảng viên", "đồng chí"],
];

/**
 * Units of one measure that an average may be written in while its total is in another: a yield
 * in tạ/ha of a production in tấn. Each unit's worth in the family's smallest unit.
 */
export const UNIT_SCALES: Readonly<
  Record<string, { readonly family: string; readonly worth: string }>
> = {
  kg: { family: "mass", worth: "1" },
  yến: { family: "mass", worth: "10" },
  tạ: { family: "mass", worth: "100" },
  tấn: { family: "mass", worth: "1000" },
};
