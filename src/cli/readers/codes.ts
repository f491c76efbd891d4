/**
 * Every error code of an input the command line cannot use, with a one-line description
 * (docs/formats.md lists them). Each becomes the file's entry in the output (with the reason), one
 * line on standard error, and exit status 2 once the other files are audited.
 */
export const READER_CODES = {
  READ_FAILED: {
    en: "The file (or a folder to search) cannot be read: missing, a directory, no permission.",
    vi: "Không đọc được tệp (hoặc thư mục cần tìm): không tồn tại, là thư mục, không có quyền.",
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
  TOO_LARGE_UNPACKED: {
    en: "A .docx or .pdf whose compressed parts unpack to more than the limit (--max-unpacked-size): a zip or Flate bomb, or a huge document.",
    vi: "Tệp .docx hoặc .pdf mà phần nén giải nén ra vượt giới hạn (--max-unpacked-size): bom nén, hoặc tài liệu quá lớn.",
  },
  NOT_REGULAR_FILE: {
    en: "A file found in a folder that is not a regular file any more when it is read (a named pipe, a device): never read.",
    vi: "Tệp trong thư mục không còn là tệp thường khi đọc (ống có tên, thiết bị): không đọc.",
  },
  INVALID_JSON: {
    en: "A .json file that is not valid JSON.",
    vi: "Tệp .json không phải JSON hợp lệ.",
  },
  INVALID_REPORT_DATA: {
    en: "A structured report (.json) that does not fit the schema: every error with its path.",
    vi: "Báo cáo có cấu trúc (.json) không đúng lược đồ: mọi lỗi kèm đường dẫn.",
  },
  OPTION_REFUSED: {
    en: "The library refused an option for this file (the command line checks options first).",
    vi: "Thư viện từ chối một tùy chọn cho tệp này (dòng lệnh đã kiểm tra tùy chọn trước).",
  },
  AUDIT_FAILED: {
    en: "The audit of this file failed (a bug: please report it with the file); the other files are audited.",
    vi: "Kiểm tra tệp này bị lỗi (lỗi chương trình: xin báo kèm tệp); các tệp khác vẫn được kiểm tra.",
  },
  READER_MISSING: {
    en: "The optional package that reads this format is not installed.",
    vi: "Chưa cài gói tùy chọn để đọc định dạng này.",
  },
} as const;

/** A code of {@link READER_CODES}. */
export type ReaderCode = keyof typeof READER_CODES;
