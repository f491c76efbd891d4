import { describe, expect, it } from "vitest";
import { findReportScope } from "../../src/index.js";

describe("findReportScope", () => {
  it("takes the lower of two header lines", () => {
    const text =
      "UBND TỈNH BẮC KẠN\nUBND HUYỆN CHỢ ĐỒN\n\nBÁO CÁO\nTổng kết công tác năm\n\nỦy ban nhân dân tỉnh Bắc Kạn đã chỉ đạo.";
    const scope = findReportScope(text);
    expect(scope?.source).toBe("header");
    expect(scope?.unit).toMatchObject({ type: "huyện", name: "CHỢ ĐỒN" });
  });

  it("reads a party committee header", () => {
    expect(findReportScope("TỈNH ỦY LẠNG SƠN\n\nBÁO CÁO\nSơ kết")?.unit).toMatchObject({
      type: "tỉnh",
      name: "LẠNG SƠN",
      organ: "party committee",
    });
  });

  it("falls back to the unit that 'báo cáo' in the opening", () => {
    const text =
      "BÁO CÁO\n\nThực hiện Văn bản số 12/UBND-VP của UBND tỉnh Hà Nam, Ủy ban nhân dân huyện Kim Bảng báo cáo như sau:";
    const scope = findReportScope(text);
    expect(scope?.source).toBe("body");
    expect(scope?.unit.name).toBe("Kim Bảng");
  });

  it("answers undefined when no unit writes", () => {
    expect(findReportScope("BÁO CÁO\n\nTình hình chung ổn định.")).toBeUndefined();
  });
});
