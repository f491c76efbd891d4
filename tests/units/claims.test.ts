import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkUnitClaims, UNIT_CODES } from "../../src/index.js";

const codes = (text: string, reportDate?: string) =>
  checkUnitClaims(text, reportDate === undefined ? {} : { reportDate }).map((f) => f.code);

describe("checkUnitClaims: breakdown", () => {
  it("accepts a breakdown that adds up", () => {
    expect(codes("Toàn huyện có 21 đơn vị hành chính, trong đó có 19 xã và 02 thị trấn.")).toEqual(
      [],
    );
  });

  it("flags a breakdown that does not", () => {
    const [f] = checkUnitClaims(
      "Toàn huyện có 21 đơn vị hành chính, trong đó có 18 xã và 02 thị trấn.",
    );
    expect(f?.code).toBe("UNIT_COUNT_BREAKDOWN_MISMATCH");
    expect(f?.computed).toEqual({ sum: "20", difference: "1" });
    expect(f?.span?.excerpt).toBe("21 đơn vị hành chính, trong đó có 18 xã và 02 thị trấn");
  });

  it("does not read subsets as a breakdown", () => {
    expect(codes("Huyện có 21 xã, trong đó có 5 xã đặc biệt khó khăn và 3 xã biên giới.")).toEqual(
      [],
    );
  });
});

describe("checkUnitClaims: coverage", () => {
  it("flags a part larger than its whole", () => {
    expect(codes("Đã có 12/11 xã, thị trấn tổ chức hội nghị.")).toEqual([
      "UNIT_COVERAGE_EXCEEDS_TOTAL",
    ]);
  });

  it("compares the whole with counts stated elsewhere", () => {
    const text = "Huyện có 9 xã và 02 thị trấn. Đến nay 10/10 xã, thị trấn đã thành lập ban.";
    const [f] = checkUnitClaims(text);
    expect(f?.code).toBe("UNIT_COVERAGE_TOTAL_MISMATCH");
    expect(f?.computed.statedTotal).toBe("11");
    expect(
      codes("Huyện có 9 xã và 02 thị trấn. Đến nay 11/11 xã, thị trấn đã thành lập ban."),
    ).toEqual([]);
  });
});

describe("checkUnitClaims: mergers", () => {
  it("checks the reduction against merged minus formed", () => {
    expect(codes("Tỉnh đã sáp nhập 08 xã thành 04 xã, giảm từ 140 xuống còn 136 đơn vị.")).toEqual(
      [],
    );
    const [f] = checkUnitClaims(
      "Tỉnh đã sáp nhập 08 xã thành 04 xã, giảm từ 140 xuống còn 135 đơn vị.",
    );
    expect(f?.code).toBe("UNIT_MERGER_MISMATCH");
    expect(f?.computed).toEqual({ expectedReduction: "4", statedReduction: "5" });
  });
});

describe("checkUnitClaims: ranks and province counts", () => {
  it("flags a rank beyond the count", () => {
    expect(codes("Chỉ số của tỉnh xếp thứ 64/63 cả nước.")).toEqual(["UNIT_RANK_EXCEEDS_COUNT"]);
  });

  it("compares the count with the provinces in force on the report date", () => {
    expect(codes("Tỉnh xếp thứ 12/63 tỉnh, thành phố.", "2020-06-30")).toEqual([]);
    expect(codes("Tỉnh xếp thứ 12/63 tỉnh, thành phố.", "2025-10-01")).toEqual([
      "UNIT_RANK_COUNT_MISMATCH",
    ]);
    expect(codes("Tỉnh xếp thứ 12/34 cả nước.", "2025-10-01")).toEqual([]);
    expect(codes("Cả nước có 63 tỉnh, thành phố.", "2026-02-01")).toEqual([
      "UNIT_PROVINCE_COUNT_MISMATCH",
    ]);
  });

  it("leaves ranks among other things to their own count", () => {
    expect(codes("Trường xếp thứ 5/120 trường trong tỉnh.", "2025-10-01")).toEqual([]);
    expect(codes("Huyện xếp thứ 3/63 huyện trong khu vực.", "2025-10-01")).toEqual([]);
  });
});

describe("checkUnitClaims: claims over a line break", () => {
  // Only the lines around a figure with a unit type or a rank word are read: a claim that runs
  // over a line break, among lines that hold none, is still read whole.
  const filler = "Công tác tuyên truyền được quan tâm.\nNăm 2020 có nhiều đổi mới.\n";

  it("reads a rank word on the line before its figure", () => {
    expect(codes(`${filler}Chỉ số của tỉnh xếp thứ\n64/63 cả nước.\n${filler}`)).toEqual([
      "UNIT_RANK_EXCEEDS_COUNT",
    ]);
  });

  it("reads what follows a rank on the next line", () => {
    // "63" followed by a word ranks something else; followed by a full stop, provinces.
    expect(
      codes(`${filler}Chỉ số xếp thứ\n12/63\nHuyện Sông Lô.\n${filler}`, "2025-10-01"),
    ).toEqual([]);
    expect(codes(`${filler}Chỉ số xếp thứ\n12/63.\n${filler}`, "2025-10-01")).toEqual([
      "UNIT_RANK_COUNT_MISMATCH",
    ]);
  });

  it("reads a merger whose stated reduction is on the next line", () => {
    const text = `${filler}Tỉnh đã sáp nhập 08 xã thành 04 xã,\ngiảm từ 140 xuống còn 135.\n${filler}`;
    expect(codes(text)).toEqual(["UNIT_MERGER_MISMATCH"]);
  });

  it("reads a list of unit types that goes on after the break", () => {
    // "12 xã\nvà thị trấn" is one list: read whole, the counts agree.
    expect(
      codes(`${filler}Tỉnh có 20 đơn vị hành chính, gồm 2 huyện, 12 xã\nvà thị trấn.`),
    ).toEqual([]);
    expect(
      codes(
        `Toàn huyện có 12 xã.\n${filler}Đến nay 14/14 xã\nvà thị trấn đạt chuẩn nông thôn mới.`,
      ),
    ).toEqual([]);
    // The same list on one line reads the same.
    expect(codes(`${filler}Tỉnh có 20 đơn vị hành chính, gồm 2 huyện, 12 xã và thị trấn.`)).toEqual(
      [],
    );
  });

  it("compares coverage with a total stated far away", () => {
    const text = `Huyện có 9 xã và 02 thị trấn.\n${filler.repeat(20)}Đến nay\n10/10 xã, thị trấn đạt.`;
    expect(codes(text)).toEqual(["UNIT_COVERAGE_TOTAL_MISMATCH"]);
  });
});

describe("checkUnitClaims: contract", () => {
  it("uses only documented codes and never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        for (const f of checkUnitClaims(text, { reportDate: "2025-10-01" })) {
          expect(Object.keys(UNIT_CODES)).toContain(f.code);
        }
      }),
    );
  });
});
