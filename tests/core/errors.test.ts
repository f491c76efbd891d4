import { describe, expect, it } from "vitest";
import { BaocaoError, err, isBaocaoError, ok, unwrap } from "../../src/index.js";

describe("BaocaoError", () => {
  it("keeps the code, the input as given and the offsets", () => {
    const error = new BaocaoError("NUMBER_BAD_GROUPING", "bad group", "số 1.2 đơn", 3, 6);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("NUMBER_BAD_GROUPING");
    expect(error.input).toBe("số 1.2 đơn");
    expect([error.offset, error.end]).toEqual([3, 6]);
    expect(error.toJSON()).toMatchObject({ code: "NUMBER_BAD_GROUPING", offset: 3, end: 6 });
  });

  it("never lets end fall before offset", () => {
    expect(new BaocaoError("X", "m", "abc", 2, 1).end).toBe(2);
  });

  it("is recognised across copies by name and code", () => {
    const foreign = Object.assign(new Error("m"), { name: "BaocaoError", code: "X" });
    expect(isBaocaoError(foreign)).toBe(true);
    expect(isBaocaoError(new Error("m"))).toBe(false);
    expect(isBaocaoError("BaocaoError")).toBe(false);
  });
});

describe("Result", () => {
  it("unwrap returns the value of ok and throws the error of err", () => {
    expect(unwrap(ok(5))).toBe(5);
    const error = new BaocaoError("X", "m", "in");
    expect(() => unwrap(err(error))).toThrow(error);
  });
});
