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
});
