import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";

// Sentences shaped like real ones that misled an earlier version of the auditor (found by
// running it on public provincial pages; these are invented in our own words and figures).
// Each must now yield no warning or error.
const alarms = (text: string) =>
  auditText(text)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code} «${f.span?.excerpt}»`);

describe("no false alarm on look-alike sentences", () => {
  it.each([
    [
      "a percentage about each member of a fraction",
      "4/7 phường có tỷ lệ hồ sơ trễ hạn dưới 2% và cả 7/7 phường đạt tỷ lệ này dưới 8%.",
    ],
    ["another rate named after the fraction", "Có 3/58 ứng viên có tỷ lệ tán thành đạt 97,4%."],
    [
      "a share of a plan after a fraction of criteria",
      "Xã Tân Phú đạt 17/19 tiêu chí, đạt 100% kế hoạch năm.",
    ],
    [
      "a part that is a lower bound",
      "Kiến nghị thu hồi hơn 4,82 tỷ đồng, kiến nghị xử lý khác hơn 3,9 tỷ đồng; đã thu được hơn 2,43 tỷ đồng (đạt 50%).",
    ],
    [
      "an item's own rate inside a trong đó list",
      "Đã nộp ngân sách 1.600 triệu đồng, trong đó thu hồi sai phạm 1.587 triệu đồng (đạt 81,2%); thu theo quyết định xử phạt 12,5 triệu đồng (đạt 100%).",
    ],
    [
      "a threshold before a share",
      "Có 11 nhóm hàng đạt kim ngạch trên 1 tỷ USD, chiếm 74% tổng kim ngạch nhập khẩu.",
    ],
    [
      "the base of a fraction split by a bracket",
      "Đã giải quyết 121 đơn (109 khiếu nại, 12 tố cáo)/148 đơn, đạt tỷ lệ 81,76%; tổng số đơn là 905 đơn.",
    ],
    [
      "late cases still open after 'còn'",
      "Tiếp nhận 8.420 hồ sơ; đã giải quyết 8.115 hồ sơ, đúng hạn 7.980 hồ sơ, đạt tỷ lệ 98,34%; quá hạn còn 135 hồ sơ.",
    ],
    [
      "a subset count beside a coverage",
      "Có 27/63 tỉnh đã hoàn thành đề án. Ngoài ra, còn 3 tỉnh Lai Châu, Điện Biên, Sơn La đang hoàn thiện.",
    ],
    [
      "a local issuer abbreviation",
      "Theo Báo cáo số 57/BC-TTT ngày 10/3/2023 của Thanh tra tỉnh, đã kết thúc 12 cuộc thanh tra.",
    ],
  ])("%s", (_why, text) => {
    expect(alarms(text)).toEqual([]);
  });
});

describe("a complement needs the other share", () => {
  it("does not excuse a rounded-up share as 100 minus a share the text never states", () => {
    const codes = auditText(
      "Toàn tỉnh có 5.230 hộ tham gia; có 1.873 hộ (35,9%) đăng ký.",
    ).findings.map((f) => f.code);
    expect(codes).toEqual(["PERCENT_INCONSISTENT"]);
  });

  it("still accepts 100 minus a share stated beside it", () => {
    const codes = auditText("Đã giải quyết 13/14 đơn (92,8%), còn 1/14 đơn (7,2%).").findings.map(
      (f) => f.code,
    );
    expect(codes).toEqual(["PERCENT_ONLY_IF_TRUNCATED", "PERCENT_COMPLEMENT"]);
  });
});

describe("the report's own date", () => {
  it("is not taken from another report the text mentions", () => {
    const text =
      "Theo Báo cáo số 12/BC-UBND, ngày 05/3/2021 của UBND tỉnh, đã thực hiện Kế hoạch số 30/KH-UBND ngày 10/4/2021.";
    const result = auditText(text);
    expect(result.reportDate).toBeUndefined();
    expect(result.findings.map((f) => f.code)).not.toContain("REF_DATED_AFTER_REPORT");
  });
});
