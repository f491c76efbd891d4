import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// A total divided without a marker (issue #17, shape 4).
describe("the partition rule", () => {
  const text =
    "Trong quý, bộ phận một cửa tiếp nhận 4.815 hồ sơ. Lĩnh vực đất đai 3.260 hồ sơ, lĩnh vực hộ tịch 1.555 hồ sơ.";

  it("reads the figures after a total that add up to it", () => {
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=4.815 part=3.260 part=1.555]"]);
    expect(alarms(text)).toEqual([]);
  });

  it("warns when their sum is the total with two adjacent digits swapped", () => {
    expect(alarms(text.replace("4.815 hồ sơ", "4.851 hồ sơ"))).toEqual([
      "TOTAL_TRANSPOSED «4.851 hồ sơ»",
    ]);
  });

  it("says nothing of a difference no swap explains (the figures may be of something else)", () => {
    expect(alarms(text.replace("4.815 hồ sơ", "4.900 hồ sơ"))).toEqual([]);
    expect(claimsOf(text.replace("4.815 hồ sơ", "4.900 hồ sơ"), "breakdown")).toEqual([]);
  });

  it("takes no change for a part, and no swap of a small total", () => {
    expect(
      alarms(
        "Lực lượng chức năng bắt 318 đối tượng, 127 đối tượng nguy hiểm. So với tháng trước, giảm 126 đối tượng và giảm 46 đối tượng.",
      ),
    ).toEqual([]);
    expect(alarms("Xã có 172 hộ. Thôn Đông 91 hộ, thôn Tây 36 hộ.")).toEqual([]);
  });

  it("holds parts whose labels cover the whole to their total, whatever they add up to", () => {
    const covered =
      "Trong quý, bộ phận một cửa tiếp nhận 4.815 hồ sơ. Hồ sơ nộp trực tuyến 3.260 hồ sơ, hồ sơ nộp trực tiếp 1.555 hồ sơ.";
    expect(alarms(covered)).toEqual([]);
    expect(alarms(covered.replace("4.815 hồ sơ", "4.900 hồ sơ"))).toEqual([
      "TOTAL_SHORT «4.900 hồ sơ»",
    ]);
  });

  it("holds fractions of one whole to it when their labels cover it", () => {
    const text =
      "Trong quý, xã tiếp 52 lượt công dân; nội dung về đất đai 41/52 lượt, chiếm 78,8%, các nội dung khác 11/52 lượt, chiếm 21,2%.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=52 part=41 part=11 total=52]"]);
    expect(alarms(text.replace("41/52", "44/52"))).toContain("TOTAL_EXCEEDED «52 lượt»");
    // Without a label naming the rest, other fractions of the same whole may overlap: no claim.
    expect(claimsOf(text.replace("các nội dung khác", "về chính sách"), "breakdown")).toEqual([]);
  });

  it("reads fractions of one whole on lines opened by the same mark", () => {
    const text = [
      "- Trình độ chuyên môn:",
      "* Thạc sĩ: 04/35 người, chiếm 11,4%;",
      "* Đại học: 26/35 người, chiếm 74,3%;",
      "* Khác: 04/35 người, chiếm 11,4%.",
    ].join("\n");
    expect(alarms(text)).toEqual(["TOTAL_SHORT «35 người»"]);
    expect(
      alarms(text.replace("* Khác: 04/35", "* Khác: 05/35").replace("11,4%.", "14,3%.")),
    ).toEqual([]);
  });

  it("reads a total written after its parts with a sum word", () => {
    const text =
      "Trong tháng, bộ phận một cửa tiếp nhận mới 3.418 hồ sơ, hồ sơ kỳ trước chuyển sang là 1.254, lũy kế đang giải quyết là 4.672 hồ sơ; đã trả kết quả 3.980 hồ sơ.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=4.672 part=3.418 part=1.254]"]);
    // The word says the parts are all of it, not where they start: a swap is a likely slip.
    expect(alarms(text.replace("4.672 hồ sơ", "4.627 hồ sơ"))).toEqual([
      "TOTAL_EXCEEDED «4.627 hồ sơ»",
    ]);
    expect(claimsOf(text.replace("4.672 hồ sơ", "4.700 hồ sơ"), "breakdown")).toEqual([]);
  });

  it("takes parts counted under another name of what the total counts ('nhân khẩu', 'người')", () => {
    const text =
      "Xã Tân Hòa có 1.204 hộ với 4.715 nhân khẩu. Cơ cấu dân tộc: dân tộc Kinh 4.380 người; dân tộc Hoa 335 người.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=4.715 part=4.380 part=335]"]);
    expect(alarms(text.replace("4.715 nhân", "4.751 nhân"))).toEqual([
      "TOTAL_TRANSPOSED «4.751 nhân khẩu»",
    ]);
    // Households are no name of persons: no claim.
    expect(
      claimsOf(text.replace("4.380 người", "4.380 hộ").replace("335 người", "335 hộ"), "breakdown"),
    ).toEqual([]);
  });

  it("takes the numerator of a fraction as a part, never its whole", () => {
    const text =
      "Chi hội có 2.437 hội viên, trong đó 2.105/2.437 hội viên tham gia sinh hoạt đều. Có 290 hội viên cao tuổi, 42 hội viên chuyển đi.";
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=2.437 part=2.105 part=290 part=42]",
    ]);
    expect(alarms(text.replace("2.437 hội viên, trong", "2.473 hội viên, trong"))).toEqual([
      "TOTAL_TRANSPOSED «2.473»",
    ]);
  });
  it("holds to the total above parts whose shares of it make 100", () => {
    const text =
      "Năm 2023, Phòng Tư pháp huyện đã tiếp nhận 340 yêu cầu chứng thực (tăng 12 yêu cầu so với năm trước). Công chức tư pháp xử lý 306 yêu cầu chiếm 90% tổng số yêu cầu; cán bộ một cửa xử lý 34 yêu cầu chiếm 10% tổng số yêu cầu.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=340 part=306 part=34]"]);
    expect(alarms(text.replace("340 yêu cầu chứng thực", "341 yêu cầu chứng thực"))).toEqual([
      "TOTAL_SHORT «341»",
    ]);
    // A total another list divides already ("trong đó …") is held to these parts too.
    const listed = text.replace(
      "(tăng 12 yêu cầu so với năm trước)",
      ", trong đó 200 yêu cầu chứng thực bản sao, 140 yêu cầu chứng thực chữ ký",
    );
    expect(claimsOf(listed, "breakdown")).toEqual([
      "consistent [total=340 part=306 part=34]",
      "consistent [total=340 part=200 part=140]",
    ]);
    expect(alarms(listed.replace("306 yêu cầu", "305 yêu cầu"))).toEqual(["TOTAL_SHORT «340»"]);
    // Shares that leave some of the whole unnamed say nothing of the parts' sum.
    expect(
      claimsOf(
        text.replace("340 yêu cầu chứng thực", "341 yêu cầu chứng thực").replace("10%", "8%"),
        "breakdown",
      ),
    ).toEqual([]);
  });
});
