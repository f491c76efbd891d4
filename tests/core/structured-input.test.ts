import { describe, expect, it } from "vitest";
import { z } from "zod";
import { append } from "../../src/core/arrays.js";
import { inputText, kindOf, nonTextInput, thrownText } from "../../src/core/errors.js";
import {
  checkSchema,
  MAX_INPUT_DEPTH,
  readProperty,
  unreadablePart,
} from "../../src/core/structured-input.js";

const nest = (levels: number): unknown => {
  let value: unknown = "đáy";
  for (let i = 0; i < levels; i += 1) value = i % 2 ? { k: value } : [value];
  return value;
};
const boom = (): never => {
  throw new Error("boom");
};

describe("unreadablePart", () => {
  it("takes nesting up to the limit and names the path where it goes past it", () => {
    expect(unreadablePart(nest(MAX_INPUT_DEPTH))).toBeUndefined();
    const issue = unreadablePart(nest(5_000));
    expect(issue?.message).toMatch(/nested more than 100 levels deep/);
    expect(issue?.path).toHaveLength(MAX_INPUT_DEPTH);
    expect(issue?.path.slice(0, 2)).toEqual(["k", 0]);
  });

  it("finds a cycle and a value that throws when read, with their paths", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.again = cyclic;
    expect(unreadablePart({ a: [1, cyclic] })?.message).toMatch(/contains itself/);
    const getter = Object.defineProperty({}, "x", { get: boom, enumerable: true });
    expect(unreadablePart({ list: [1, 2, { y: getter }] })).toEqual({
      path: ["list", 2, "y", "x"],
      message: "cannot be read: boom",
    });
    const revocable = Proxy.revocable([], {});
    revocable.revoke();
    expect(unreadablePart({ p: revocable.proxy })?.path).toEqual(["p"]);
  });

  it("walks siblings after a nested part and keeps their paths apart", () => {
    const getter = Object.defineProperty({}, "z", { get: boom, enumerable: true });
    expect(unreadablePart({ a: { b: [1, [2]] }, c: [{}, getter] })?.path).toEqual(["c", 1, "z"]);
  });
});

describe("checkSchema", () => {
  const schema = z.object({ list: z.array(z.number()) });

  it("returns the parsed value or every zod issue with its path", () => {
    expect(checkSchema(schema, { list: [1] })).toEqual({ ok: true, value: { list: [1] } });
    const failed = checkSchema(schema, { list: [1, "x"] });
    expect(failed.ok ? [] : failed.issues.map((i) => i.path)).toEqual([["list", 1]]);
  });

  it("turns what a value throws during validation into an issue", () => {
    let reads = 0;
    // Readable once (the walk), then throwing (the schema).
    const sly = Object.defineProperty({}, "list", {
      get() {
        reads += 1;
        if (reads > 1) throw new Error("second read");
        return [1];
      },
      enumerable: true,
    });
    expect(checkSchema(schema, sly)).toEqual({
      ok: false,
      issues: [{ path: [], message: "cannot be read: second read" }],
    });
  });
});

describe("reading what a caller passed, without letting it throw", () => {
  it("readProperty reports a throwing getter and treats a non-object as empty", () => {
    expect(readProperty({ a: 1 }, "a")).toEqual({ ok: true, value: 1 });
    expect(readProperty(5, "a")).toEqual({ ok: true, value: undefined });
    expect(readProperty(Object.defineProperty({}, "a", { get: boom }), "a")).toEqual({
      ok: false,
      message: "boom",
    });
  });

  it("inputText writes JSON, and falls back without reading objects it cannot write", () => {
    expect(inputText({ a: [1] })).toBe('{"a":[1]}');
    expect(inputText("văn bản")).toBe("văn bản");
    expect(inputText(10n)).toBe("10");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(inputText(cyclic)).toBe("");
    expect(inputText(Object.defineProperty({}, "x", { get: boom, enumerable: true }))).toBe("");
    expect(inputText(nest(100_000))).toBe("");
  });

  it("nonTextInput, kindOf and thrownText never throw", () => {
    const hostile = new Proxy({}, { get: boom, getPrototypeOf: boom });
    expect(nonTextInput({ toString: boom })).toBe("");
    expect(nonTextInput(Symbol("s"))).toBe("Symbol(s)");
    expect(kindOf(hostile)).toBe("an object");
    expect(kindOf([])).toBe("an array");
    expect(kindOf(1n)).toBe("a bigint");
    expect(thrownText(hostile)).toBe("a value that cannot be read");
    expect(thrownText(new Error("hỏng"))).toBe("hỏng");
  });
});

describe("append", () => {
  it("appends more items than one call can take as arguments", () => {
    const target = [0];
    append(
      target,
      Array.from({ length: 500_000 }, (_, i) => i + 1),
    );
    expect(target).toHaveLength(500_001);
    expect(target.at(-1)).toBe(500_000);
  });
});
