import DecimalBase from "decimal.js";
import { describe, expect, it } from "vitest";
import { evaluate, judge, mutateNumeral, readCorpus, readNumeral } from "./key.js";

const d = (v: string) => new DecimalBase(v);

describe("the corpus key", () => {
  it("holds for every passage: each figure is found and each verdict follows from the figures", () => {
    const corpus = readCorpus(new URL("./passages/", import.meta.url));
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(corpus.reduce((n, p) => n + p.claims.length, 0)).toBeGreaterThanOrEqual(300);
    for (const passage of corpus) expect(passage.key.source).toMatch(/^https?:\/\//);
  });

  it("reads numerals as Vietnamese writes them", () => {
    expect(readNumeral("5.860").value.toFixed()).toBe("5860");
    expect(readNumeral("7,30")).toMatchObject({ decimals: 2 });
    expect(readNumeral("-15,2").value.toFixed()).toBe("-15.2");
    expect(() => readNumeral("66.7")).toThrow(/give its value/);
  });

  it("judges half up, truncation, tolerances and bounds", () => {
    const s = (text: string) => readNumeral(text);
    expect(judge(d("7.03071672"), s("7,30"), {})).toBe("wrong");
    expect(judge(d("96.5453"), s("96,55"), {})).toBe("consistent");
    expect(judge(d("76.3889"), s("76,3"), {})).toBe("truncated");
    expect(judge(d("100.2"), s("100"), { compare: "0.15" })).toBe("wrong");
    expect(judge(d("100.1"), s("100"), { compare: "0.15" })).toBe("consistent");
    expect(judge(d("56.48"), s("56,5"), { qualifier: "over" })).toBe("wrong");
    expect(judge(d("28"), s("82,15"), { compare: "reachable" })).toBe("wrong");
    expect(judge(d("28"), s("82,14"), { compare: "reachable" })).toBe("consistent");
  });

  it("evaluates formulas exactly, with precedence and brackets", () => {
    const values = new Map([
      ["a", d("140")],
      ["b", d("1140")],
    ]);
    expect(evaluate("a / (b - a) * 100", values).toFixed()).toBe("14");
    expect(() => evaluate("a / c", values)).toThrow(/not a figure/);
  });

  it("makes a typist's slip: the last two digits swapped, or 3 added to equal ones", () => {
    expect(mutateNumeral("7,30")).toBe("7,03");
    expect(mutateNumeral("96,55")).toBe("96,58");
    expect(mutateNumeral("1.000")).toBe("1.003");
    expect(mutateNumeral("14")).toBe("41");
    expect(mutateNumeral("9")).toBe("2");
  });
});
