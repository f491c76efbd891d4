import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  auditText,
  checkIndexScores,
  createCatalogue,
  findIndexMentions,
} from "../../src/index.js";

const codes = (text: string) => checkIndexScores(text).map((f) => f.code);

describe("findIndexMentions", () => {
  it("reads year, score and rank for each year of a list", () => {
    const text =
      "Chỉ số PAPI: năm 2017 đạt 35,2 điểm, xếp 40/63; năm 2018 đạt 42,6 điểm, xếp thứ 22/63.";
    expect(
      findIndexMentions(text).map((m) => [m.indicator, m.kind, m.year, m.value, m.of ?? null]),
    ).toEqual([
      ["index.papi", "score", 2017, "35.2", null],
      ["index.papi", "rank", 2017, "40", 63],
      ["index.papi", "score", 2018, "42.6", null],
      ["index.papi", "rank", 2018, "22", 63],
    ]);
  });

  it("keeps each index to its own words", () => {
    const found = findIndexMentions("Năm 2022, PAR INDEX đạt 84,1%, còn SIPAS đạt 80,2%.");
    expect(found.map((m) => `${m.indicator} ${m.value}${m.unit}`)).toEqual([
      "index.par 84.1%",
      "index.sipas 80.2%",
    ]);
  });

  it("does not read a dimension's score, a change of points or a figure without its unit", () => {
    expect(
      findIndexMentions("PAPI năm 2016 có chỉ số thành phần công khai, minh bạch đạt 5,1 điểm."),
    ).toEqual([]);
    expect(findIndexMentions("Chỉ số PAPI năm 2019 tăng 1,5 điểm so với năm 2018.")).toEqual([]);
    expect(findIndexMentions("Chỉ số PAPI năm 2019 đạt 44,8.")).toEqual([]);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(Array.isArray(findIndexMentions(`PAPI ${s} đạt ${s} điểm xếp ${s}`))).toBe(true);
        expect(Array.isArray(checkIndexScores(s))).toBe(true);
      }),
    );
  });
});

describe("INDICATOR_SCORE_OUT_OF_SCALE", () => {
  it("judges a PAPI score by the scale of its year (6–60 until 2017, 8–80 from 2018)", () => {
    expect(codes("Chỉ số PAPI năm 2017 đạt 62,5 điểm.")).toEqual(["INDICATOR_SCORE_OUT_OF_SCALE"]);
    expect(codes("Chỉ số PAPI năm 2019 đạt 62,5 điểm.")).toEqual([]);
    expect(codes("Chỉ số PAPI năm 2019 đạt 7,5 điểm.")).toEqual(["INDICATOR_SCORE_OUT_OF_SCALE"]);
    expect(codes("Chỉ số PAPI năm 2015 đạt 7,5 điểm.")).toEqual([]);
  });

  it("uses the widest scale without a year, and skips a year the index did not cover", () => {
    expect(codes("Chỉ số PAPI của tỉnh đạt 81 điểm.")).toEqual(["INDICATOR_SCORE_OUT_OF_SCALE"]);
    expect(codes("Chỉ số PAPI của tỉnh đạt 75 điểm.")).toEqual([]);
    expect(codes("Chỉ số PAPI năm 2010 đạt 75 điểm.")).toEqual([]);
  });

  it("bounds PAR INDEX, SIPAS and PCI at 100", () => {
    expect(codes("Chỉ số PAR INDEX năm 2020 đạt 101,2%.")).toEqual([
      "INDICATOR_SCORE_OUT_OF_SCALE",
    ]);
    expect(codes("Chỉ số SIPAS năm 2021 đạt 86,4%.")).toEqual([]);
    expect(codes("Chỉ số PCI năm 2021 đạt 104 điểm.")).toEqual(["INDICATOR_SCORE_OUT_OF_SCALE"]);
  });

  it("places the finding on the score and names the scale", () => {
    const [finding] = checkIndexScores("Chỉ số PAPI năm 2016 đạt 61 điểm.");
    expect(finding?.span?.excerpt).toBe("61 điểm");
    expect(finding?.computed).toEqual({ min: "6", max: "60" });
    expect(finding?.message.vi).toMatch(/thang điểm 6–60/);
  });
});

describe("INDICATOR_SCORE_WRONG_UNIT", () => {
  it("warns when a PAPI score is written as a percentage, not for PAR INDEX", () => {
    expect(codes("Chỉ số PAPI năm 2019 đạt 44,5%.")).toEqual(["INDICATOR_SCORE_WRONG_UNIT"]);
    expect(codes("Chỉ số PAR INDEX năm 2019 đạt 84,5 điểm.")).toEqual([]);
  });
});

describe("INDICATOR_RANK_BEYOND_COUNT", () => {
  it("is an error for a rank beyond the provinces of that year", () => {
    expect(codes("Chỉ số PAPI năm 2020 xếp thứ 64.")).toEqual(["INDICATOR_RANK_BEYOND_COUNT"]);
    expect(codes("Chỉ số PAPI năm 2020 xếp thứ 63.")).toEqual([]);
    expect(codes("Chỉ số SIPAS năm 2026 của tỉnh xếp thứ 40.")).toEqual([
      "INDICATOR_RANK_BEYOND_COUNT",
    ]);
    expect(codes("Chỉ số SIPAS năm 2024 của tỉnh xếp thứ 40.")).toEqual([]);
  });

  it("is an error for a rank beyond the count written with it", () => {
    expect(codes("Chỉ số PCI năm 2019 xếp hạng 30/25.")).toEqual(["INDICATOR_RANK_BEYOND_COUNT"]);
  });

  it("does not check years before 2008 (64 provinces) or without a sure scale", () => {
    expect(codes("Chỉ số PCI năm 2007 xếp thứ 64.")).toEqual([]);
    expect(codes("Chỉ số SIPAS năm 2015 xếp thứ 70.")).toEqual([]);
  });

  it("uses the largest number of provinces without a year", () => {
    expect(codes("Tỉnh có chỉ số PAR INDEX xếp thứ 50.")).toEqual([]);
    expect(codes("Tỉnh có chỉ số PAR INDEX xếp thứ 70.")).toEqual(["INDICATOR_RANK_BEYOND_COUNT"]);
  });
});

describe("index findings in the auditor", () => {
  it("are claims of kind rank labelled with their index", () => {
    const result = auditText("Chỉ số PAPI năm 2020 đạt 43,1 điểm, xếp 65.");
    expect(result.claims.map((c) => `${c.kind}:${c.indicator}:${c.status}`)).toEqual([
      "rank:index.papi:error",
    ]);
  });

  it("do not repeat what the unit checks already report (xếp thứ 65/63)", () => {
    const codes = auditText("Chỉ số PAPI năm 2020 đạt 43,1 điểm, xếp thứ 65/63.").findings.map(
      (f) => f.code,
    );
    expect(codes).toContain("UNIT_RANK_EXCEEDS_COUNT");
    expect(codes).not.toContain("INDICATOR_RANK_BEYOND_COUNT");
  });

  it("follow a user's own index", () => {
    const catalogue = createCatalogue([
      {
        id: "index.dti",
        topic: "governance indices",
        name: { vi: "Chỉ số chuyển đổi số (DTI)", en: "Digital Transformation Index (DTI)" },
        measure: "score",
        unit: "điểm",
        terms: ["dti"],
        range: { min: "0", max: "1" },
        rankedAmong: "provinces",
      },
    ]);
    expect(
      checkIndexScores("Chỉ số DTI năm 2022 đạt 1,2 điểm.", { catalogue }).map((f) => f.code),
    ).toEqual(["INDICATOR_SCORE_OUT_OF_SCALE"]);
  });
});
