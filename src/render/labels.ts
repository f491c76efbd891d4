import type { ClaimKind, ClaimStatus } from "../audit/claim.js";
import type { Message } from "../findings/finding.js";

// The page's own words, in both languages. Data, apart from the markup that uses it.

/** What each claim kind is called on the page. */
export const KIND_LABELS: Readonly<Record<ClaimKind, Message>> = {
  percentage: { vi: "Tỷ lệ phần trăm", en: "Percentage" },
  share: { vi: "Tỷ trọng trong tổng", en: "Share of a total" },
  reachability: { vi: "Tỷ lệ không thể có (GRIM)", en: "Unreachable share (GRIM)" },
  breakdown: { vi: "Tổng và các phần", en: "Total and parts" },
  resolution: { vi: "Kết quả giải quyết", en: "Resolution figures" },
  change: { vi: "Tăng, giảm", en: "Change" },
  table: { vi: "Bảng số liệu", en: "Table" },
  composition: { vi: "Cơ cấu (tổng 100%)", en: "Structure (makes 100%)" },
  rank: { vi: "Xếp hạng", en: "Rank" },
  coverage: { vi: "Tỷ lệ đơn vị", en: "Unit coverage" },
  "unit-count": { vi: "Số đơn vị hành chính", en: "Count of units" },
  merger: { vi: "Sáp nhập", en: "Merger" },
  citation: { vi: "Trích dẫn văn bản", en: "Document citation" },
  date: { vi: "Ngày tháng", en: "Date" },
};

/** What each status is called, with the sign that stands for it beside the colour. */
export const STATUS_LABELS: Readonly<Record<ClaimStatus, Message & { readonly icon: string }>> = {
  error: { vi: "Lỗi", en: "Error", icon: "✕" },
  warning: { vi: "Cảnh báo", en: "Warning", icon: "!" },
  info: { vi: "Ghi chú", en: "Note", icon: "i" },
  consistent: { vi: "Khớp", en: "Consistent", icon: "✓" },
};

/** What each figure role is called; an unknown role is shown as written. */
export const ROLE_LABELS: Readonly<Record<string, Message>> = {
  part: { vi: "Phần", en: "Part" },
  whole: { vi: "Tổng (mẫu số)", en: "Whole (base)" },
  stated: { vi: "Tỷ lệ nêu", en: "Stated share" },
  total: { vi: "Tổng", en: "Total" },
  resolved: { vi: "Đã giải quyết", en: "Resolved" },
  toResolve: { vi: "Phải giải quyết", en: "To resolve" },
  received: { vi: "Tiếp nhận mới", en: "Newly received" },
  carriedOver: { vi: "Kỳ trước chuyển sang", en: "Carried over" },
  pending: { vi: "Còn lại", en: "Pending" },
  underJurisdiction: { vi: "Thuộc thẩm quyền", en: "Under jurisdiction" },
  rate: { vi: "Tỷ lệ nêu", en: "Stated rate" },
  before: { vi: "Trước", en: "Before" },
  after: { vi: "Sau", en: "After" },
  change: { vi: "Mức tăng, giảm", en: "Change" },
  percent: { vi: "Tỷ lệ tăng, giảm", en: "Percentage change" },
};

/** Every other word of the page. */
export const UI = {
  brand: { vi: "baocao · Kiểm tra số liệu báo cáo", en: "baocao · Report arithmetic audit" },
  defaultTitle: { vi: "Kết quả kiểm tra số liệu", en: "Arithmetic audit" },
  file: { vi: "Tệp", en: "File" },
  reportDate: { vi: "Ngày báo cáo", en: "Report date" },
  unknownDate: { vi: "không xác định", en: "not found" },
  scope: { vi: "Đơn vị báo cáo", en: "Reporting unit" },
  claimsChecked: { vi: "Nội dung đã kiểm tra", en: "Claims checked" },
  errors: { vi: "Lỗi", en: "Errors" },
  warnings: { vi: "Cảnh báo", en: "Warnings" },
  infos: { vi: "Ghi chú", en: "Notes" },
  consistent: { vi: "Khớp", en: "Consistent" },
  findings: { vi: "Các phát hiện", en: "Findings" },
  noFindings: {
    vi: "Không có phát hiện nào: mọi số liệu được nhận diện đều khớp.",
    en: "No findings: every recognised figure holds.",
  },
  bySection: { vi: "Phát hiện theo mục", en: "Findings by section" },
  opening: { vi: "(phần mở đầu)", en: "(opening)" },
  claimsShort: { vi: "nội dung", en: "claims" },
  reportText: { vi: "Toàn văn báo cáo", en: "Report text" },
  panelTitle: { vi: "Tính lại", en: "Recomputation" },
  panelEmpty: {
    vi: "Chọn một chỗ được đánh dấu trong văn bản (bấm chuột, hoặc Tab rồi Enter) để xem phép tính lại.",
    en: "Select a marked place in the text (click it, or Tab to it and press Enter) to see its recomputation.",
  },
  close: { vi: "Đóng", en: "Close" },
  explanation: { vi: "Đã tính lại", en: "What was recomputed" },
  figures: { vi: "Các số liệu", en: "Figures" },
  role: { vi: "Vai trò", en: "Role" },
  asWritten: { vi: "Như đã viết", en: "As written" },
  exact: { vi: "Giá trị chính xác", en: "Exact value" },
  place: { vi: "Dòng:cột", en: "Line:col" },
  section: { vi: "Mục", en: "Section" },
  findingsOfClaim: { vi: "Phát hiện", en: "Findings" },
  noFindingsOfClaim: {
    vi: "Không có phát hiện: số liệu khớp.",
    en: "No findings: the figures hold.",
  },
  inputs: { vi: "Số liệu đầu vào", en: "Inputs" },
  computed: { vi: "Giá trị tính được", en: "Computed" },
  candidateBases: { vi: "Mẫu số khả dĩ", en: "Candidate denominators" },
  source: { vi: "Nguồn", en: "Source" },
  alsoHere: { vi: "Cũng tại chỗ này", en: "Also at this place" },
  keys: { vi: "Phím tắt", en: "Keyboard" },
  keyNext: { vi: "phát hiện tiếp theo", en: "next finding" },
  keyPrev: { vi: "phát hiện trước", en: "previous finding" },
  keyTab: { vi: "lần lượt qua mọi chỗ đánh dấu", en: "move through every marked place" },
  keyOpen: { vi: "xem phép tính lại", en: "show its recomputation" },
  keyClose: { vi: "đóng", en: "close" },
  keyLang: { vi: "đổi ngôn ngữ", en: "switch language" },
  legend: { vi: "Chú giải", en: "Legend" },
  legendConsistent: { vi: "gạch chân liền mảnh", en: "thin solid underline" },
  legendError: { vi: "gạch chân kép", en: "double underline" },
  legendWarning: { vi: "gạch chân đứt", en: "dashed underline" },
  legendInfo: { vi: "gạch chân chấm", en: "dotted underline" },
  legendFigure: { vi: "số liệu dùng để tính", en: "figure used in the recomputation" },
  detailsTitle: { vi: "Chi tiết phép tính lại", en: "Recomputations in detail" },
  generated: {
    vi: "Tạo bởi baocao. Trang này tự chứa, không tải gì từ mạng.",
    en: "Made by baocao. This page is self-contained and loads nothing from the network.",
  },
  index: { vi: "Danh sách báo cáo đã kiểm tra", en: "Audited reports" },
  report: { vi: "Báo cáo", en: "Report" },
  notRead: { vi: "Không đọc được", en: "Not read" },
  total: { vi: "Tổng cộng", en: "Total" },
  chart: { vi: "Biểu đồ", en: "Chart" },
  language: { vi: "Ngôn ngữ", en: "Language" },
} as const satisfies Record<string, Message>;

/** English month names, for a report date in English. */
export const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
