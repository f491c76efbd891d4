import { describe, expect, it } from "vitest";
import { alarms, claimsOf } from "./helpers.js";

// Shares that must make 100 (issue #17, shape 11).
describe("the composition rule", () => {
  it("checks a structure listed share by share after 'cơ cấu'", () => {
    const text = "Cơ cấu cây trồng vụ Hè Thu: lúa 52,5%; ngô 30,0%; rau màu 17,5%.";
    expect(claimsOf(text, "composition")).toEqual([
      "consistent [share=52,5% share=30,0% share=17,5%]",
    ]);
    expect(alarms(text.replace("17,5%", "15,7%"))).toHaveLength(1);
  });

  it("holds to 100 the shares whose labels cover a whole, with no 'cơ cấu'", () => {
    const areas = "Toàn huyện có khu vực đô thị chiếm 38,5% dân số, khu vực nông thôn chiếm 61,5%.";
    expect(claimsOf(areas, "composition")).toEqual(["consistent [share=38,5% share=61,5%]"]);
    expect(alarms(areas.replace("61,5%", "65,1%"))).toEqual([
      "COMPLEMENT_SHARES_SUM «chiếm 38,5% dân số, khu vực nông thôn chiếm 65,1%»",
    ]);
    // A label and its rest ("phi …") cover the whole too; a full stop ends the list.
    const land =
      "Xã có 1.200 ha đất, chiếm 4,2% diện tích toàn huyện. Trong đó đất nông nghiệp chiếm 82,4%; đất phi nông nghiệp chiếm 17,6%.";
    expect(alarms(land)).toEqual([]);
    expect(alarms(land.replace("17,6%", "16,7%"))).toHaveLength(1);
  });

  it("leaves alone shares of different wholes and labels that cover nothing", () => {
    // Rates of two populations: far from 100, no structure.
    expect(alarms("Tỷ lệ hộ nghèo khu vực đô thị 2,1%, khu vực nông thôn 6,8%.")).toEqual([]);
    expect(claimsOf("Diện tích lúa chiếm 55%, diện tích ngô chiếm 40%.", "composition")).toEqual(
      [],
    );
  });
  it("holds to 100 the shares of lines whose parts add up to the line above them", () => {
    const text =
      "Tổng số học viên: 1.250 người.\nHọc viên hệ chính quy: 700 người – chiếm 56%\nHọc viên hệ vừa làm vừa học: 425 người – chiếm\n34%\nHọc viên hệ từ xa: 125 người – chiếm 10%\n";
    expect(claimsOf(text, "composition")).toEqual(["consistent [share=56% share=34% share=10%]"]);
    expect(alarms(text)).toEqual([]);
    // The share of one line is wrong against the whole, and the shares miss 100.
    expect(alarms(text.replace("34%", "43%"))).toContain(
      "COMPLEMENT_SHARES_SUM «chiếm 56%\nHọc viên hệ vừa làm vừa học: 425 người – chiếm\n43%\nHọc viên hệ từ xa: 125 người – chiếm 10%»",
    );
    // Parts that do not make the figure above: no structure is read.
    const some = text.replace("125 người", "105 người").replace("10%", "8,4%");
    expect(claimsOf(some, "composition")).toEqual([]);
  });
});
