import { describe, expect, it } from "vitest";
import { type PdfValue, parseValue, resolve } from "../../src/cli/readers/pdf-syntax.js";

const parse = (text: string) => parseValue(Buffer.from(text, "latin1"), 0)?.value;

describe("parseValue", () => {
  it("reads dictionaries, arrays, names, numbers, references and booleans", () => {
    const value = parse("<< /Filter [/A85 /Fl] /Length 12 0 R /N 3 /X true /Y null /Na#6De 1.5 >>");
    expect(value).toEqual(
      new Map<string, unknown>([
        ["Filter", [{ name: "A85" }, { name: "Fl" }]],
        ["Length", { ref: 12, gen: 0 }],
        ["N", 3],
        ["X", true],
        ["Y", null],
        ["Name", 1.5],
      ]),
    );
  });

  it("reads strings: escapes, nested brackets, octal codes, hex", () => {
    expect(parse("(a\\(b\\)c (d) \\101\\n\\\\)")).toEqual(Buffer.from("a(b)c (d) A\n\\"));
    expect(parse("<48 65 6C 6>")).toEqual(Buffer.from("Hel`", "latin1"));
  });

  it("skips comments, and stops at what is not a value", () => {
    expect(parse("% note\n 42")).toBe(42);
    expect(parse("endobj")).toBeUndefined();
    expect(parse("(never closed")).toBeUndefined();
    expect(parse("<< /A 1 ")).toBeUndefined();
    expect(parse(`${"[".repeat(100)}${"]".repeat(100)}`)).toBeUndefined();
  });

  it("follows references through a table of objects", () => {
    const objects = new Map<number, PdfValue>([
      [1, { ref: 2, gen: 0 }],
      [2, 7],
    ]);
    expect(resolve({ ref: 1, gen: 0 }, objects)).toBe(7);
    expect(resolve({ ref: 9, gen: 0 }, objects)).toBeUndefined();
  });
});
