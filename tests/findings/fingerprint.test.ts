import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  auditText,
  createFinding,
  createLineIndex,
  findingFingerprint,
  fingerprintFile,
  normaliseForFingerprint,
} from "../../src/index.js";

const SENTENCE = "Phường đã cấp 118/125 giấy phép (đạt 95,2%).";

function first(text: string) {
  const finding = auditText(text).findings[0];
  if (!finding) throw new Error(`no finding in ${text}`);
  return finding;
}

describe("findingFingerprint", () => {
  it("stays the same when lines are added above and the excerpt is re-flowed", () => {
    const key = findingFingerprint(first(SENTENCE), "phuong.txt");
    const moved = first(
      `Tiêu đề báo cáo.\n\nMục một.\n${SENTENCE.replace(" (đạt", " \u00a0 (đạt")}`,
    );
    expect(moved.span?.line).toBe(4);
    expect(findingFingerprint(moved, "phuong.txt")).toBe(key);
    expect(findingFingerprint(first(SENTENCE.normalize("NFD")), "phuong.txt")).toBe(key);
  });

  it("changes with the file, the code, the excerpt and the figures", () => {
    const finding = first(SENTENCE);
    const key = findingFingerprint(finding, "phuong.txt");
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(findingFingerprint(finding, "xa.txt")).not.toBe(key);
    expect(findingFingerprint({ ...finding, code: "OTHER_CODE" }, "phuong.txt")).not.toBe(key);
    const otherFigure = first(SENTENCE.replace("95,2", "95,3"));
    expect(findingFingerprint(otherFigure, "phuong.txt")).not.toBe(key);
  });

  it("ignores severity, message and computed values, and where the file's path starts", () => {
    const finding = first(SENTENCE);
    const key = findingFingerprint(finding, "huyen/phuong.txt");
    const reworded = {
      ...finding,
      severity: "warning" as const,
      message: { vi: "khác", en: "other" },
      computed: {},
    };
    expect(findingFingerprint(reworded, "./huyen/phuong.txt")).toBe(key);
    expect(findingFingerprint(finding, "huyen\\phuong.txt")).toBe(key);
  });

  it("keys a finding without a span or inputs by its code and file", () => {
    const bare = createFinding({ code: "X_Y", severity: "info", message: { vi: "a", en: "a" } });
    expect(findingFingerprint(bare, "a.txt")).toBe(findingFingerprint(bare, "a.txt"));
    expect(findingFingerprint(bare, "a.txt")).not.toBe(findingFingerprint(bare, "b.txt"));
  });

  it("is the same for any blanks around the excerpt and the figures (property)", () => {
    const blank = fc.constantFrom(" ", "\n", "\t", "\u00a0", "\r\n", "  ");
    fc.assert(
      fc.property(fc.array(blank, { minLength: 1, maxLength: 3 }), blank, (around, inner) => {
        const text = "47/52 đơn";
        const spaced = `${around.join("")}47/52${inner}đơn${around.join("")}`;
        const make = (excerpt: string, figure: string) =>
          createFinding({
            code: "PERCENT_INCONSISTENT",
            severity: "error",
            message: { vi: "", en: "" },
            inputs: { part: figure },
            span: { ...createLineIndex(excerpt).span(0, excerpt.length) },
          });
        expect(findingFingerprint(make(spaced, ` 47${inner}`), "a.txt")).toBe(
          findingFingerprint(make(text, "47"), "a.txt"),
        );
      }),
    );
  });
});

describe("the fingerprint's parts", () => {
  it("normalises text to NFC with single spaces", () => {
    expect(normaliseForFingerprint("  hoà\u00a0\n bình ")).toBe("hoà bình".normalize("NFC"));
    expect(normaliseForFingerprint("hoa\u0300")).toBe("hoà");
  });

  it("writes a file's name with / and without ./", () => {
    expect(fingerprintFile("./a/b.txt")).toBe("a/b.txt");
    expect(fingerprintFile("a\\b.txt")).toBe("a/b.txt");
  });
});
