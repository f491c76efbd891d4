// The app's own words, in both languages (the report views use the page's, src/render/labels.ts).

/** A text in both languages. */
export interface Words {
  readonly vi: string;
  readonly en: string;
}

/** Every text of the app's own controls and messages. */
export const APP = {
  title: { vi: "Kiểm tra số liệu báo cáo", en: "Audit a report's figures" },
  lead: {
    vi: "Thả tệp vào đây hoặc chọn tệp: .docx, .pdf, .txt, .md (kể cả văn bản TCVN3, VNI). Tệp được đọc và kiểm tra ngay trên máy này; không gửi đi đâu.",
    en: "Drop files here or choose them: .docx, .pdf, .txt, .md (TCVN3 and VNI text too). Files are read and audited on this computer; nothing is sent anywhere.",
  },
  choose: { vi: "Chọn tệp…", en: "Choose files…" },
  paste: { vi: "Dán văn bản", en: "Paste text" },
  pasteGo: { vi: "Kiểm tra văn bản đã dán", en: "Audit the pasted text" },
  pasteLabel: { vi: "Văn bản báo cáo", en: "The report's text" },
  options: { vi: "Tùy chọn", en: "Options" },
  rounding: { vi: "Cách làm tròn", en: "Rounding" },
  reportDate: {
    vi: "Ngày báo cáo (khi văn bản không ghi)",
    en: "Report date (when the text gives none)",
  },
  checks: { vi: "Các phép kiểm tra", en: "Checks" },
  review: { vi: "Rà soát", en: "Review" },
  importAccept: { vi: "Nhập tệp chấp nhận…", en: "Import an acceptance file…" },
  exportAccept: { vi: "Tải tệp chấp nhận", en: "Download the acceptance file" },
  exportJson: { vi: "Xuất JSON", en: "Export JSON" },
  exportHtml: { vi: "Xuất trang HTML", en: "Export the HTML page" },
  accepted: { vi: "phát hiện đã chấp nhận", en: "findings accepted" },
  files: { vi: "Tệp đã kiểm tra", en: "Files audited" },
  all: { vi: "Tất cả", en: "All files" },
  reading: { vi: "Đang đọc", en: "Reading" },
  auditing: { vi: "Đang kiểm tra", en: "Auditing" },
  done: { vi: "Đã kiểm tra", en: "Audited" },
  failed: { vi: "Không đọc được", en: "Could not be read" },
  pasted: { vi: "văn-bản-dán.txt", en: "pasted-text.txt" },
  imported: { vi: "Đã nhập tệp chấp nhận", en: "Acceptance file imported" },
  importFailed: {
    vi: "Không phải tệp chấp nhận của baocao",
    en: "Not a baocao acceptance file",
  },
  notices: { vi: "Ghi chú khi đọc", en: "Reading notices" },
} as const satisfies Readonly<Record<string, Words>>;
