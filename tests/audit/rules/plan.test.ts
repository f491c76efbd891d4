import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// Percent of plan (issue #17, shape 10), read by the share rule: where the plans stand, and a
// done figure that is only a lower bound.
describe("shares of a plan", () => {
  const plans =
    "Theo kế hoạch năm nay toàn xã trồng 2.500 cây keo lai, rừng phòng hộ; 1.200 cây bạch đàn. Đến hết quý III, xã đã trồng được trên 2.000 cây keo lai, rừng phòng hộ, đạt 81% kế hoạch, bạch đàn 540 cây đạt 45% kế hoạch.";

  it("reads the figures of a sentence that opens with a plan word as plans, and a ';' list with them", () => {
    expect(alarms(plans)).toEqual([]);
    expect(claimsOf(plans, "share")).toEqual([
      "consistent [part=2.000 whole=2.500 stated=81%]",
      "consistent [part=540 whole=1.200 stated=45%]",
    ]);
    // 540/1.200 is 45%: 54% fits no plan, and is reported against the plan of the same trees.
    expect(alarms(plans.replace("đạt 45%", "đạt 54%"))).toEqual([
      "PERCENT_INCONSISTENT «540 cây đạt 54%»",
    ]);
  });

  it("takes a share of a plan whose done figure is 'trên N' as a lower bound", () => {
    // "trên 2.000" of 2.500 is over 80%: 81% holds, 18% does not.
    expect(alarms(plans.replace("đạt 81%", "đạt 18%"))).toEqual([
      "PERCENT_INCONSISTENT «2.000 cây keo lai, rừng phòng hộ, đạt 18%»",
    ]);
    expect(alarms(plans.replace("đạt 81%", "đạt 86%"))).toEqual([]);
  });

  it("does not take the plan word ending a share as naming the figure after it", () => {
    const text =
      "Kế hoạch giao 800 con gà, 300 con vịt. Đã tiêm 640 con gà đạt 80% kế hoạch và vịt 150 con, đạt 50% kế hoạch.";
    expect(alarms(text)).toEqual([]);
    // 55% fits no plan: it is judged against the plan of ducks, the words they share.
    expect(claimsOf(text.replace("đạt 50%", "đạt 55%"), "share")).toEqual([
      "consistent [part=640 whole=800 stated=80%]",
      "error [part=150 whole=300 stated=55%]",
    ]);
  });

  it("takes the plan from the paragraph before, where a fraction's share of plan names it", () => {
    const text =
      "Năm nay, huyện được giao nạo vét kênh mương với chiều dài 84 km; các xã đã đăng ký 90 km/84 km, đạt 107,1% kế hoạch.\n\nĐến hết tháng 11, toàn huyện đã nạo vét được 63 km, đạt 75% kế hoạch.";
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "share")).toEqual(["consistent [part=63 whole=84 stated=75%]"]);
    expect(alarms(text.replace("đạt 75%", "đạt 57%"))).toEqual([
      "PERCENT_INCONSISTENT «63 km, đạt 57%»",
    ]);
  });
});
