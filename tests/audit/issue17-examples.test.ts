import { describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";

// The invented examples of issue #17 (sections 3 and 4): each slip is flagged, each consistent
// claim is silent. The examples are the issue's own words and numbers, not a real report's.
const alarms = (text: string) =>
  auditText(text)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => f.code);

const WRONG: readonly (readonly [string, string])[] = [
  [
    "1. a change with only its delta and percentage",
    "Năm 2024, huyện Đông Sơn Hà cấp mới 1.140 giấy phép kinh doanh hộ cá thể và cấp đổi 210 giấy phép. So với năm 2023, cấp mới tăng 140 giấy phép (14%), cấp đổi giảm 30 giấy phép (-15,2%).",
  ],
  [
    "2. a share of the wrong base",
    "Toàn xã Phú Đông Hà có 5.860 hộ dân, trong đó 412 hộ cận nghèo, đạt tỷ lệ 7,30%.",
  ],
  [
    "3. a marked breakdown with a trailing label",
    "Ngân hàng chính sách đã giải ngân cho 3.605 hộ vay vốn; trong đó, có 2.148 hộ vay giải quyết việc làm và 1.475 hộ vay nước sạch nông thôn.",
  ],
  [
    "4. an implicit partition whose labels cover the whole",
    "Năm 2024, toàn huyện thu gom được 8.460 tấn rác thải sinh hoạt. Khu vực đô thị thu gom 5.215 tấn; khu vực nông thôn thu gom 3.254 tấn.",
  ],
  [
    "5. a bracketed breakdown",
    "Trong năm, xã tiếp nhận 1.327 hồ sơ đăng ký khai sinh (gồm 1.164 hồ sơ đăng ký đúng hạn và 136 hồ sơ đăng ký quá hạn).",
  ],
  [
    "7. both periods written",
    "Sản lượng thủy sản khai thác của huyện đạt 18.240 tấn, so với năm 2023 (16.800 tấn) tăng 8,75%.",
  ],
  [
    "8. a gap in percentage points",
    "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96,2%, vượt 2,1 điểm phần trăm so với mục tiêu (95%).",
  ],
  [
    "9. a remainder",
    "Tổng số lao động được tư vấn việc làm là 3.460 người, trong đó 1.275 người đã có việc làm; số còn lại 2.158 người đang được giới thiệu việc làm.",
  ],
  [
    "9. a balance",
    "Bộ phận một cửa nhận 5.284 bộ hồ sơ (không có hồ sơ tồn kỳ trước); đã trả kết quả 5.127 bộ, còn 175 bộ đang xử lý.",
  ],
  [
    "10. a percent of plan with the plan after it",
    "Năm 2024, toàn huyện trồng mới 1.845 ha rừng tập trung, đạt 93,81% kế hoạch (kế hoạch 1.980 ha).",
  ],
  [
    "11. shares that must make 100",
    "Cơ cấu kinh tế năm 2024: nông, lâm nghiệp 36,4%; công nghiệp – xây dựng 27,9%; dịch vụ 35,9%.",
  ],
  [
    "12. an average",
    "Năm 2024, quỹ hỗ trợ nông dân của huyện cho 186 hộ vay tổng số 2.046 triệu đồng, bình quân 1,1 triệu đồng/hộ.",
  ],
];

const CONSISTENT: readonly (readonly [string, string])[] = [
  [
    "1. 'tăng p%, tương ứng tăng N'",
    "Thu ngân sách xã đạt 9.360 triệu đồng, tăng 17%, tương ứng tăng 1.360 triệu đồng.",
  ],
  [
    "2. a share of a sum the text implies",
    "Ban quản lý dự án đã nghiệm thu 742 hạng mục đúng tiến độ (đạt 96,36%), 28 hạng mục chậm tiến độ (chiếm 3,64%).",
  ],
  [
    "4. an implicit partition",
    "Năm 2024, toàn huyện thu gom được 8.460 tấn rác thải sinh hoạt. Khu vực đô thị thu gom 5.215 tấn; khu vực nông thôn thu gom 3.245 tấn.",
  ],
  [
    "6. a fraction with a long gap to its rate",
    "Đến nay, huyện đã cấp 1.274/1.392 giấy chứng nhận quyền sử dụng đất lần đầu, đạt tỷ lệ 91,52%.",
  ],
  [
    "8. a gap in percentage points",
    "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96,2%, vượt 1,2 điểm phần trăm so với mục tiêu (95%).",
  ],
  [
    "12. an average",
    "Năm 2024, quỹ hỗ trợ nông dân của huyện cho 186 hộ vay tổng số 2.046 triệu đồng, bình quân 11 triệu đồng/hộ.",
  ],
  ["§4 a change written as now/before", "Số lượt tiếp công dân giảm 12,5% (1.400/1.600 lượt)."],
  [
    "§4 two counts in two units joined by a slash",
    "Trong kỳ tiếp 320 lượt/410 người, giải quyết 288 lượt/365 người, đạt 90%.",
  ],
  [
    "§4 numbers inside labels",
    "Xã có 12 thôn đạt mức độ 3, 2 cấp chính quyền, vùng 2, Quý 2 năm 2024, khóa XI.",
  ],
  ["§4 a share of a base the passage never writes", "Sản lượng lúa của tỉnh chiếm 4,2% cả nước."],
  [
    "§4 a list whose last item is a state",
    "Trong quý, đã xử lý 540 hồ sơ, bao gồm: chấp thuận 410, từ chối 130, đang thẩm định 75.",
  ],
  [
    "§4 a count both received and settled",
    "Trong năm tiếp nhận, xử lý xong 1.250 hồ sơ, đạt 100%.",
  ],
];

describe("the examples of issue #17", () => {
  it.each(WRONG)("flags %s", (_name, text) => {
    expect(alarms(text)).not.toEqual([]);
  });

  it.each(CONSISTENT)("is silent on %s", (_name, text) => {
    expect(alarms(text)).toEqual([]);
  });

  it("recomputes the average of the example: 2.046 triệu đồng over 186 hộ is 11 triệu each", () => {
    const [text] = WRONG.find(([name]) => name === "12. an average")?.slice(1) ?? [];
    const finding = auditText(text as string).findings[0];
    expect(finding?.code).toBe("AVERAGE_INCONSISTENT");
    expect(finding?.message.vi).toContain("2.046/186 = 11,00");
  });

  it("reads the change written as now/before as a change, so its slip is flagged", () => {
    expect(alarms("Số lượt tiếp công dân giảm 12,5% (1.400/1.700 lượt).")).toEqual([
      "PERCENT_INCONSISTENT",
    ]);
  });
});
