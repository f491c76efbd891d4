import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// Resolution sentences, in invented words.
describe("the resolution rule", () => {
  it("reads 'tồn đầu kỳ', 'thụ lý mới', 'trả kết quả' and 'thi hành xong' as resolution words", () => {
    const text =
      "Năm 2024 Chi cục thụ lý mới 412 việc, tồn đầu kỳ 38 việc; đã thi hành xong 390 việc, còn 60 việc.";
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "resolution")).toEqual([
      "consistent [resolved=390 received=412 carriedOver=38 pending=60]",
    ]);
    expect(alarms(text.replace("còn 60", "còn 06"))).toEqual([
      expect.stringMatching(/^RESOLUTION_BALANCE_MISMATCH/),
    ]);
  });

  it("takes a received figure whose bracket holds the carried-over ones as all there is to resolve", () => {
    const text =
      "Trung tâm tiếp nhận 1.250 hồ sơ (tồn đầu kỳ 50 hồ sơ, tiếp nhận mới 1.200 hồ sơ), đã trả kết quả 1.180 hồ sơ, còn 70 hồ sơ đang xử lý.";
    expect(alarms(text)).toEqual([]);
    expect(claimsOf(text, "resolution")).toEqual([
      "consistent [resolved=1.180 toResolve=1.250 pending=70]",
    ]);
    expect(alarms(text.replace("còn 70", "còn 07"))).toEqual([
      expect.stringMatching(/^RESOLUTION_BALANCE_MISMATCH/),
    ]);
  });
});
