import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findAdministrativeUnits, type UnitMention } from "../../src/index.js";

const named = (text: string) =>
  findAdministrativeUnits(text)
    .filter((m) => m.kind === "unit")
    .map((m) => (m.kind === "unit" ? `${m.type}|${m.name}` : ""));

describe("findAdministrativeUnits: named units", () => {
  it("finds units of every level with their type", () => {
    expect(
      named(
        "Đoàn công tác đến tỉnh Gia Lai, huyện Sông Lô, xã Đức Bác, thị trấn Phan Rí Cửa, phường Ba Đình, quận Hoàn Kiếm, thị xã Sơn Tây, đặc khu Côn Đảo, thôn Đồng Lầy và tổ dân phố Tân Tiến.",
      ),
    ).toEqual([
      "tỉnh|Gia Lai",
      "huyện|Sông Lô",
      "xã|Đức Bác",
      "thị trấn|Phan Rí Cửa",
      "phường|Ba Đình",
      "quận|Hoàn Kiếm",
      "thị xã|Sơn Tây",
      "đặc khu|Côn Đảo",
      "thôn|Đồng Lầy",
      "tổ dân phố|Tân Tiến",
    ]);
  });

  it("reads 'thành phố' as centrally run only for a province's name", () => {
    expect(named("Thành phố Cần Thơ và thành phố Vĩnh Yên")).toEqual([
      "thành phố trực thuộc trung ương|Cần Thơ",
      "thành phố thuộc tỉnh|Vĩnh Yên",
    ]);
  });

  it("reads abbreviations, hyphenated and numbered names", () => {
    expect(named("TP. Huế, H. Lập Thạch, TT. Hoa Sơn, tỉnh Bà Rịa - Vũng Tàu, Phường 12")).toEqual([
      "thành phố trực thuộc trung ương|Huế",
      "huyện|Lập Thạch",
      "thị trấn|Hoa Sơn",
      "tỉnh|Bà Rịa - Vũng Tàu",
      "phường|12",
    ]);
  });

  it("notes the organ speaking for a unit", () => {
    const organs = findAdministrativeUnits(
      "UBND huyện Tam Dương, Ủy ban nhân dân xã Hợp Thịnh, HĐND tỉnh Bắc Kạn, Huyện ủy Yên Lạc",
    ).map((m) => (m.kind === "unit" ? `${m.organ}|${m.name}` : ""));
    expect(organs).toEqual([
      "people's committee|Tam Dương",
      "people's committee|Hợp Thịnh",
      "people's council|Bắc Kạn",
      "party committee|Yên Lạc",
    ]);
  });

  it("ignores words that only look like unit types", () => {
    const text =
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Phát triển kinh tế - xã hội; văn bản Kết luận; hợp tác xã Nông nghiệp; Khối Dân vận; Tỉnh ủy chỉ đạo; Huyện Đoàn tổ chức.";
    expect(named(text)).toEqual([]);
  });

  it("gives offsets into the original text, NFC or NFD", () => {
    const nfc = "Báo cáo của UBND huyện Sông Lô.";
    for (const text of [nfc, nfc.normalize("NFD")]) {
      const [m] = findAdministrativeUnits(text);
      expect(m?.kind).toBe("unit");
      if (m?.kind !== "unit") return;
      expect(text.slice(m.start, m.end).normalize("NFC")).toBe("huyện Sông Lô");
      expect(text.slice(m.nameStart, m.end).normalize("NFC")).toBe("Sông Lô");
      expect(m.name).toBe("Sông Lô");
    }
  });
});

describe("findAdministrativeUnits: counts and coverage", () => {
  it("reads counts by type", () => {
    const counts = findAdministrativeUnits(
      "Huyện có 21 đơn vị hành chính cấp xã, trong đó 19 xã và 02 thị trấn; toàn tỉnh có 1.035 xã, phường, thị trấn.",
    ).filter((m) => m.kind === "count");
    expect(
      counts.map((c) => (c.kind === "count" ? [c.count, c.value, c.types, c.level] : [])),
    ).toEqual([
      ["21", 21, [], "commune"],
      ["19", 19, ["xã"], "commune"],
      ["02", 2, ["thị trấn"], "commune"],
      ["1.035", 1035, ["xã", "phường", "thị trấn"], "commune"],
    ]);
  });

  it("does not read years or labels as counts", () => {
    const kinds = findAdministrativeUnits(
      "Năm 2019 huyện sáp nhập; Quyết định số 12 xã hội hóa.",
    ).map((m) => m.kind);
    expect(kinds).toEqual([]);
  });

  it("reads coverage figures", () => {
    const [c] = findAdministrativeUnits("Có 9/11 xã, thị trấn đạt chuẩn.");
    expect(c).toMatchObject({
      kind: "coverage",
      partValue: 9,
      wholeValue: 11,
      types: ["xã", "thị trấn"],
    });
  });
});

describe("findAdministrativeUnits: robustness", () => {
  const inBounds = (text: string, m: UnitMention) =>
    m.start >= 0 && m.start < m.end && m.end <= text.length;

  it("never throws and keeps offsets inside the text", () => {
    const pieces = fc.constantFrom(
      "xã ",
      "Xã ",
      "huyện ",
      "TP.",
      "H.",
      "Sông ",
      "Lô",
      "12",
      "/",
      ", ",
      "và ",
      "\n",
      "đơn vị hành chính ",
      "thị trấn ",
      "ủy ",
      "x̃",
      "\u0301",
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme" })), { maxLength: 40 }),
        (parts) => {
          const text = parts.join("");
          for (const m of findAdministrativeUnits(text)) expect(inBounds(text, m)).toBe(true);
        },
      ),
    );
  });

  // Not timed (a busy machine fails a time limit): `npm run bench` prints its growth from 1 to
  // 4 MB ("unit words → findAdministrativeUnits"); here it must finish and read the units.
  it("reads long adversarial input to the end", () => {
    const text = `${"xã Xã Xã ".repeat(20_000)}${"1/".repeat(20_000)}${"Hà - ".repeat(20_000)}`;
    const mentions = findAdministrativeUnits(text);
    expect(mentions).toHaveLength(20_001);
    expect(mentions.every((m) => m.kind === "unit" && m.type === "xã")).toBe(true);
    expect(mentions.at(-1)).toMatchObject({ name: "1", start: 179_997, end: 180_001 });
  });
});
