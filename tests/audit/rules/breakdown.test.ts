import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

describe("the breakdown rule", () => {
  it("flags marked parts that exceed their total, with unit words of any kind (issue #17, shape 3)", () => {
    expect(
      alarms(
        "Ngân hàng chính sách đã giải ngân cho 3.605 hộ vay vốn; trong đó, có 2.148 hộ vay giải quyết việc làm và 1.475 hộ vay nước sạch nông thôn.",
      ),
    ).toEqual([
      "TOTAL_EXCEEDED «3.605 hộ vay vốn; trong đó, có 2.148 hộ vay giải quyết việc làm và 1.475 hộ»",
    ]);
  });

  it("reads past a change of the total before its marker and a change of each part", () => {
    const text =
      "Tổng số việc thụ lý là 9.400 việc, tăng 400 việc (tăng 4,44%), trong đó: số cũ chuyển sang là 3.100 việc; số thụ lý mới là 6.300 việc, tăng 120 việc (tăng 1,94%).";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=9.400 part=3.100 part=6.300]"]);
  });

  it("treats parts whose labels cover the whole as all of it", () => {
    // "có điều kiện" and "chưa có điều kiện" leave nothing out: a shortfall is an error.
    expect(
      alarms(
        "Tổng số việc phải thi hành là 2.500 việc, trong đó: số việc có điều kiện thi hành là 1.700 việc; số việc chưa có điều kiện thi hành là 700 việc.",
      ),
    ).toHaveLength(1);
  });

  it("warns when a partial list falls short by a swap of two digits of its total", () => {
    expect(
      alarms(
        "Toàn huyện có 1.632 học sinh bỏ học, trong đó tiểu học 98 học sinh, THCS 1.262 học sinh, THPT 263 học sinh.",
      ),
    ).toEqual([
      "TOTAL_TRANSPOSED «1.632 học sinh bỏ học, trong đó tiểu học 98 học sinh, THCS 1.262 học sinh, THPT 263 học sinh»",
    ]);
  });

  it("reads a list given one part per line", () => {
    const text = [
      "Tổng số giường bệnh: 960, trong đó:",
      "- Bệnh viện: 800 giường",
      "- Trung tâm y tế: 110 giường",
      "- Trạm y tế: 50 giường",
    ].join("\n");
    expect(claimsOf(text, "breakdown")).toEqual([
      "consistent [total=960 part=800 part=110 part=50]",
    ]);
  });

  it("takes the first parts of a list whose end is unsure when they add up, or a swap away", () => {
    const text =
      "Năm 2024 chi cục thụ lý 4.372 việc, trong đó: năm trước chuyển sang 1.215 việc; thụ lý mới 3.157 việc (tăng 4,1% so với năm 2023); đã thi hành xong 2.940 việc.";
    expect(claimsOf(text, "breakdown")).toEqual(["consistent [total=4.372 part=1.215 part=3.157]"]);
    expect(alarms(text.replace("4.372 việc", "4.732 việc"))).toEqual([
      "TOTAL_TRANSPOSED «4.732 việc, trong đó: năm trước chuyển sang 1.215 việc; thụ lý mới 3.157»",
    ]);
    expect(alarms(text.replace("4.372 việc", "4.327 việc"))).toEqual([
      "TOTAL_EXCEEDED «4.327 việc, trong đó: năm trước chuyển sang 1.215 việc; thụ lý mới 3.157»",
    ]);
    // A difference that no swap explains may be the unnamed rest: nothing is said.
    expect(alarms(text.replace("4.372 việc", "4.390 việc"))).toEqual([]);
  });
});
