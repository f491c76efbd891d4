import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  convertLegacy,
  detectEncoding,
  encodeTcvn3,
  encodeVni,
} from "../../src/encodings/index.js";

/** Our own report sentences: lower case after the first word, so TCVN3 keeps every capital. */
const REPORT = [
  "Trong năm, toàn huyện đã tiếp nhận 245 đơn thư, đã giải quyết 230/245 đơn (đạt 93,9%).",
  "Số cuộc tiếp công dân định kỳ là 48 cuộc, tăng 6 cuộc so với cùng kỳ năm trước.",
  "Tổng kinh phí hỗ trợ các hộ nghèo là 1.250 triệu đồng, trong đó ngân sách tỉnh 800 triệu đồng.",
  "Công tác tuyên truyền được đẩy mạnh ở các thôn, tổ dân phố và trường học trên địa bàn.",
].join("\n");

const reportsDir = "/work/shared/reports/";
const realReports = (() => {
  try {
    return readdirSync(reportsDir).filter((f) => f.endsWith(".txt"));
  } catch {
    return [];
  }
})();

describe("detectEncoding: legacy text", () => {
  it("finds TCVN3 and VNI in a report's sentences", () => {
    expect(detectEncoding(encodeTcvn3(REPORT)).encoding).toBe("tcvn3");
    expect(detectEncoding(encodeVni(REPORT)).encoding).toBe("vni");
  });

  it("finds them in a single short line", () => {
    expect(detectEncoding("§· gi¶i quyÕt xong").encoding).toBe("tcvn3");
    expect(detectEncoding("Ñaõ giaûi quyeát xong").encoding).toBe("vni");
  });

  it("converts a report back exactly", () => {
    for (const encode of [encodeTcvn3, encodeVni]) {
      const result = convertLegacy(encode(REPORT));
      expect(result.text).toBe(REPORT);
      expect(result.notice?.vi).toMatch(/^Đã chuyển từ bảng mã (TCVN3 \(ABC\)|VNI) sang Unicode/);
    }
  });

  it("reads a given encoding without detecting", () => {
    expect(convertLegacy("c¸c x·", { from: "tcvn3" }).text).toBe("các xã");
    expect(convertLegacy("caùc xaõ", { from: "vni" }).text).toBe("các xã");
  });

  const sentences = [
    "Ủy ban nhân dân xã đã tổ chức 12 cuộc đối thoại với người dân về đất đai.",
    "Tỷ lệ hộ nghèo giảm từ 4,5% xuống còn 3,2% so với đầu nhiệm kỳ.",
    "Huyện đã thẩm định và phê duyệt 36 hồ sơ đề nghị hỗ trợ nhà ở cho hộ khó khăn.",
    "Các đoàn thể phối hợp tuyên truyền tới 9.870 lượt đoàn viên, hội viên.",
    "Kinh phí thực hiện là 2.150 triệu đồng, trong đó vốn xã hội hóa 650 triệu đồng.",
    "Trong kỳ không phát sinh đơn thư vượt cấp, khiếu nại đông người.",
    "Trường học trên địa bàn duy trì sĩ số, chất lượng giáo dục được nâng lên.",
    "Quyết định giao chỉ tiêu được ban hành kịp thời, đúng quy định hiện hành.",
  ];
  const sentence = fc
    .shuffledSubarray(sentences, { minLength: 1 })
    .map((picked) => picked.join(" "));

  it("property: any run of report sentences is Unicode, and found and restored once encoded", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(detectEncoding(text).encoding).toBe("unicode");
        const tcvn3 = convertLegacy(encodeTcvn3(text));
        expect(tcvn3.encoding).toBe("tcvn3");
        expect(tcvn3.text).toBe(text);
        const vni = convertLegacy(encodeVni(text));
        expect(vni.encoding).toBe("vni");
        expect(vni.text).toBe(text);
      }),
    );
  });
});

describe("detectEncoding: never fires on Unicode or English", () => {
  it.each([
    ["Unicode Vietnamese", REPORT],
    ["decomposed Unicode (NFD)", REPORT.normalize("NFD")],
    ["capitals", "BÁO CÁO KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2024"],
    ["only Latin-1 Vietnamese letters", "các là và có ông bà chú cô dì tôi"],
    ["English", "The district received 245 petitions and resolved 230 of them (93.9%)."],
    [
      "accented foreign names",
      "Müller, Gödel, Zoë, naïve, café, Ångström, Søren, Dvořák and Björk met in Zürich.",
    ],
    [
      "Latin-1 symbols",
      "Nhiệt độ 30°C, diện tích 5 m², thể tích 2 m³, sai số ±0,5; «trích dẫn» § 3",
    ],
    ["French", "La préfecture a reçu 245 pétitions ; élève, être, où, déjà, été."],
    ["empty", ""],
    ["ASCII", "120/150 (80%)"],
  ])("%s stays Unicode", (_name, text) => {
    const result = detectEncoding(text);
    expect(result.encoding).toBe("unicode");
    expect(convertLegacy(text).text).toBe(text);
  });

  it.each(realReports)("the real report %s stays Unicode", (file) => {
    const text = readFileSync(reportsDir + file, "utf8");
    const result = detectEncoding(text);
    expect(result.encoding).toBe("unicode");
    expect(result.tcvn3 + result.vni).toBeLessThan(5);
    // Read until settled: no legacy majority could come from the rest of the sample.
    expect(result.unicode).toBeGreaterThan(500);
    expect(Math.max(result.tcvn3, result.vni) + (4000 - result.words)).toBeLessThanOrEqual(
      3 * result.unicode,
    );
  });

  it("property: never throws, and Unicode-only text is never converted", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const result = convertLegacy(text);
        expect(typeof result.text).toBe("string");
        expect(result.toSource(result.text.length)).toBeLessThanOrEqual(text.length);
      }),
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            ..."abcdeghiklmnopqrstuvxyăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ ,.0123456789".split(
              "",
            ),
          ),
          maxLength: 300,
        }),
        (text) => {
          expect(detectEncoding(text).encoding).toBe("unicode");
        },
      ),
    );
  });

  it("takes ill-typed input without throwing", () => {
    expect(detectEncoding(undefined as unknown as string).encoding).toBe("unicode");
    expect(convertLegacy(42 as unknown as string).text).toBe("");
  });

  // Not timed (a busy machine fails a time limit): the sample's size is what keeps it fast.
  it("judges a long text on a sample of 4 000 words, not on all of them", () => {
    const long = encodeTcvn3(REPORT).repeat(300);
    const found = detectEncoding(long);
    expect(found.encoding).toBe("tcvn3");
    expect(found.words).toBe(4000);
    expect(long.split(/\s+/u).filter((w) => /[^ -~]/u.test(w)).length).toBeGreaterThan(8000);
  });
});

describe("detectEncoding: stopping early", () => {
  it("stops reading a long Unicode text once its words settle it", () => {
    const found = detectEncoding(REPORT.repeat(200));
    expect(found.encoding).toBe("unicode");
    expect(found.words).toBeLessThan(4000);
    expect(found.tcvn3 + (4000 - found.words)).toBeLessThanOrEqual(3 * found.unicode);
  });

  it("reads on while legacy words could still win, and finds them", () => {
    // Unicode sentences first, then a long legacy run: the Unicode words must not settle it.
    const mixed = `${REPORT}\n${encodeTcvn3(REPORT).repeat(60)}`;
    const found = detectEncoding(mixed);
    expect(found.encoding).toBe("tcvn3");
    expect(found.tcvn3).toBeGreaterThan(3 * found.unicode);
  });
});

describe("the docs' fixtures directory exists", () => {
  it("resolves the test file's own path", () => {
    expect(fileURLToPath(import.meta.url)).toMatch(/detect\.test\.ts$/);
  });
});
