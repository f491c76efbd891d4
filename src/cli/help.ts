import type { Lang } from "./i18n.js";

const EN = `baocao — audit the arithmetic of Vietnamese government reports

Usage:
  baocao audit <file|dir|glob|->... [options]  check every figure, print the findings
  baocao extract <file|->... [--out FILE]      write the structured form (JSON) of what was read
  baocao convert <file|-> [--out FILE]         write the text as Unicode (Word/PDF text, TCVN3/VNI)
  baocao --help | --version

Inputs: .txt, .md, .docx, .doc and .pdf files (told apart by content), directories (searched
recursively, less what .baocaoignore leaves out; links followed), quoted globs such as
"reports/**/*.docx", or - for standard input. Text in the legacy TCVN3 (ABC) or VNI encodings is
converted to Unicode with a notice. Word and PDF need the optional packages mammoth,
word-extractor, unpdf. A .json file given by name is a structured report (from baocao extract,
maybe corrected by hand): its relations are checked again.

Output:
  -f, --format FORMAT[:PATH]    text (default), json, html, sarif or junit; repeat it to write
                                several in one run: --format text --format sarif:out.sarif
  -o, --out PATH                write to a file instead of standard output; with html and several
                                reports, a folder: one page each and an index.html
      --lang vi|en              language of messages, help and errors (default vi)
  -q, --quiet                   list errors only (--min-severity error)
      --min-severity SEVERITY   list findings at or above it: error, warning, info (default info);
                                in Vietnamese lỗi, "cảnh báo", "thông tin"
      --color, --no-color       colour the text output (default: on a terminal; NO_COLOR and
                                FORCE_COLOR are honoured)
      --no-annotations          no GitHub Actions annotations (written when GITHUB_ACTIONS=true)

Checks:
      --rounding MODE           rounding officials are assumed to use: half-up (default),
                                half-even, truncate, floor, ceiling
      --report-date YYYY-MM-DD  the report's date, instead of the one in its header: periods
                                and citations may not be later
      --registry, --no-registry check the units a report names against the official lists
      --fail-on SEVERITY        exit 1 when a finding at or above it is reported: error
                                (default), warning, info, or never (or lỗi, "cảnh báo",
                                "thông tin")

Review:
      --accept                  record every current finding as accepted
      --show-accepted           list accepted findings too, marked
      --acceptance-file PATH    the acceptance file (default baocao.accepted.json beside the
                                config file, or in the working directory)
  -c, --config PATH             the config file (default: baocao.config.json found from the
                                working directory upwards); --no-config reads none

Files:
      --stdin-filename NAME     the name of standard input, shown and used as its key
      --ignore-pattern PATTERN  leave out files and folders (.gitignore syntax); repeatable
      --no-ignore               read .baocaoignore files and ignore patterns not at all
  -j, --jobs N                  audit many files on at most N worker threads (default: one per
                                core; 1 audits in one thread)
      --no-progress             no progress bar (drawn only on a terminal, never in CI)
      --max-unpacked-size SIZE  the most a .docx or .pdf may unpack to (default 200MB)
  -h, --help                    this help
  -v, --version                 the version

A file that cannot be read gets its entry in the output with the reason, and one line on
standard error; the other files are audited. --out is written whole or not at all, never onto
an input.

Exit status: 0 no finding at or above --fail-on; 1 there are; 2 a usage error, an input that
could not be read, or an output that could not be written.

Examples:
  baocao audit examples/sample-report.txt --lang en
  baocao audit reports/ --format text --format sarif:audit.sarif --format html:audit/
  baocao audit reports/ --accept && baocao audit reports/
  baocao extract report.txt --out report.json && baocao audit report.json
`;

const VI = `baocao — kiểm tra số liệu trong báo cáo của cơ quan nhà nước Việt Nam

Cách dùng:
  baocao audit <tệp|thư mục|mẫu|->... [tùy chọn]  kiểm tra mọi số liệu, in các phát hiện
  baocao extract <tệp|->... [--out TỆP]           ghi dạng có cấu trúc (JSON) của những gì đã đọc
  baocao convert <tệp|-> [--out TỆP]              ghi văn bản dạng Unicode (chữ từ Word/PDF, TCVN3/VNI)
  baocao --help | --version

Đầu vào: tệp .txt, .md, .docx, .doc và .pdf (nhận biết theo nội dung), thư mục (tìm cả thư mục
con, trừ những gì .baocaoignore loại ra; đi theo liên kết), mẫu tên tệp trong dấu nháy như
"bao-cao/**/*.docx", hoặc - cho đầu vào chuẩn. Văn bản gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI
được chuyển sang Unicode, kèm lưu ý. Đọc Word và PDF cần các gói tùy chọn mammoth,
word-extractor, unpdf. Tệp .json là báo cáo có cấu trúc (từ baocao extract, có thể đã sửa tay):
các quan hệ trong đó được kiểm tra lại.

Kết quả:
  -f, --format ĐỊNH_DẠNG[:ĐƯỜNG_DẪN]
                                text (mặc định), json, html, sarif hoặc junit; lặp lại để ghi
                                nhiều định dạng trong một lần: --format text --format sarif:kq.sarif
  -o, --out ĐƯỜNG_DẪN           ghi ra tệp thay vì đầu ra chuẩn; với html và nhiều báo cáo thì là
                                thư mục: mỗi báo cáo một trang và một index.html
      --lang vi|en              ngôn ngữ của thông báo, trợ giúp và lỗi (mặc định vi)
  -q, --quiet                   chỉ liệt kê lỗi (--min-severity error)
      --min-severity MỨC        liệt kê phát hiện từ mức này trở lên: error, warning, info
                                (mặc định info), hoặc lỗi, "cảnh báo", "thông tin"
      --color, --no-color       tô màu kết quả dạng văn bản (mặc định: khi in ra màn hình; tôn
                                trọng NO_COLOR và FORCE_COLOR)
      --no-annotations          không ghi chú thích GitHub Actions (ghi khi GITHUB_ACTIONS=true)

Kiểm tra:
      --rounding CÁCH           cách làm tròn giả định: half-up (mặc định), half-even,
                                truncate, floor, ceiling
      --report-date YYYY-MM-DD  ngày của báo cáo, thay cho ngày ở phần đầu: kỳ báo cáo và văn
                                bản trích dẫn không được sau ngày này
      --registry, --no-registry đối chiếu các đơn vị hành chính với danh mục chính thức
      --fail-on MỨC             thoát với mã 1 khi có phát hiện từ mức này trở lên: error
                                (mặc định), warning, info, hoặc never; hoặc lỗi, "cảnh báo",
                                "thông tin"

Rà soát:
      --accept                  ghi nhận mọi phát hiện hiện có là đã chấp nhận
      --show-accepted           liệt kê cả các phát hiện đã chấp nhận, có đánh dấu
      --acceptance-file ĐƯỜNG_DẪN
                                tệp chấp nhận (mặc định baocao.accepted.json cạnh tệp cấu hình,
                                hoặc trong thư mục làm việc)
  -c, --config ĐƯỜNG_DẪN        tệp cấu hình (mặc định: baocao.config.json tìm từ thư mục làm
                                việc trở lên); --no-config để không đọc

Tệp:
      --stdin-filename TÊN      tên của đầu vào chuẩn, để hiển thị và làm khóa
      --ignore-pattern MẪU      loại trừ tệp và thư mục (cú pháp .gitignore); dùng nhiều lần được
      --no-ignore               không dùng tệp .baocaoignore và các mẫu loại trừ
  -j, --jobs N                  kiểm tra nhiều tệp trên tối đa N luồng (mặc định: mỗi lõi một
                                luồng; 1 là một luồng)
      --no-progress             không vẽ thanh tiến độ (chỉ vẽ trên màn hình, không vẽ trong CI)
      --max-unpacked-size CỠ    dung lượng tối đa một tệp .docx hay .pdf được giải nén ra
                                (mặc định 200MB)
  -h, --help                    trợ giúp này
  -v, --version                 phiên bản

Tệp không đọc được vẫn có mục riêng trong kết quả kèm lý do, và một dòng trên đầu ra lỗi; các
tệp khác vẫn được kiểm tra. --out được ghi trọn vẹn hoặc không ghi gì, không bao giờ ghi đè lên
tệp đầu vào.

Mã thoát: 0 không có phát hiện từ mức --fail-on; 1 có; 2 lỗi cú pháp lệnh, đầu vào không đọc
được, hoặc không ghi được kết quả.

Ví dụ:
  baocao audit examples/sample-report.txt
  baocao audit bao-cao/ --format text --format sarif:kiem-tra.sarif --format html:kiem-tra/
  baocao audit bao-cao/ --accept && baocao audit bao-cao/
  baocao extract bao-cao.txt --out bao-cao.json && baocao audit bao-cao.json
`;

/**
 * The text of `baocao --help` in a language.
 *
 * @param lang - the language
 * @returns the help
 */
export function help(lang: Lang): string {
  return lang === "vi" ? VI : EN;
}
