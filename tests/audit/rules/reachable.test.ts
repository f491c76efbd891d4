import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// A rate written without its count, of a whole the text names once (issue #17, reachability).
describe("the reachable-share rule", () => {
  const text =
    "Thôn Đồng Xuân có 412 hộ với 1.650 nhân khẩu.\n\nTỷ lệ hộ nghèo chiếm 7,52%, hộ cận nghèo chiếm 11,17%.";

  it("checks a rate with no count against the one whole of what its words open with", () => {
    // 31/412 = 7,524…% and 46/412 = 11,165…%: both reachable.
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "reachability")).toEqual([
      "consistent [whole=412 stated=7,52%]",
      "consistent [whole=412 stated=11,17%]",
    ]);
    // No count of 412 households gives 7,25% (29/412 = 7,04, 30/412 = 7,28).
    expect(alarms(text.replace("7,52%", "7,25%"))).toEqual(["PERCENT_UNREACHABLE «chiếm 7,25%»"]);
  });

  it("leaves a rate whose whole is written twice, or not at all", () => {
    const twice = text.replace("1.650 nhân khẩu", "1.650 nhân khẩu, trong đó 96 hộ người Dao");
    expect(claimsOf(twice.replace("7,52%", "7,25%"), "reachability")).toEqual([]);
    const none = text.replace("412 hộ", "412 gia đình");
    expect(alarms(none.replace("7,52%", "7,25%"))).toEqual([]);
  });

  it("leaves a share that follows its own count to the share rules", () => {
    const counted = "Thôn có 412 hộ. Có 31 hộ nghèo, chiếm 7,52%.";
    expect(claimsOf(counted, "reachability")).toEqual([]);
  });
});
