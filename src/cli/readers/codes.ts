/**
 * Every error code the readers raise, with a one-line description (docs/formats.md lists them).
 * Each becomes one line on standard error and exit status 2.
 */
export const READER_CODES = {
  READ_FAILED: {
    en: "The file cannot be read (missing, a directory, no permission).",
    vi: "Không đọc được tệp (không tồn tại, là thư mục, không có quyền).",
  },
  EMPTY_FILE: {
    en: "A .docx, .doc or .pdf file with no bytes.",
    vi: "Tệp .docx, .doc hoặc .pdf rỗng.",
  },
  UNSUPPORTED_FORMAT: {
    en: "Not a report format baocao reads (for example a spreadsheet, an image or an archive).",
    vi: "Không phải định dạng baocao đọc được (ví dụ bảng tính, ảnh, tệp nén).",
  },
  CORRUPT_FILE: {
    en: "The file is damaged: its format's structure cannot be read.",
    vi: "Tệp bị hỏng: không đọc được cấu trúc của định dạng.",
  },
  PASSWORD_PROTECTED: {
    en: "The file is encrypted with a password.",
    vi: "Tệp được mã hóa bằng mật khẩu.",
  },
  NO_TEXT_LAYER: {
    en: "A PDF without text (a scan): OCR is not supported.",
    vi: "Tệp PDF không có lớp chữ (bản quét): chưa hỗ trợ nhận dạng chữ (OCR).",
  },
  NOT_TEXT: {
    en: "Neither UTF-8/UTF-16 text nor a legacy Vietnamese encoding.",
    vi: "Không phải văn bản UTF-8/UTF-16 hay bảng mã tiếng Việt cũ.",
  },
  READER_MISSING: {
    en: "The optional package that reads this format is not installed.",
    vi: "Chưa cài gói tùy chọn để đọc định dạng này.",
  },
} as const;

/** A code of {@link READER_CODES}. */
export type ReaderCode = keyof typeof READER_CODES;
