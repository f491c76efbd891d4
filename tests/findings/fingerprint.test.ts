import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  auditText,
  createFinding,
  createLineIndex,
  findingFingerprint,
  fingerprintFile,
  fingerprintFinding,
  normaliseForFingerprint,
} from "../../src/index.js";

const base = {
  file: "quy-3/xa-dong.txt",
  code: "PERCENT_INCONSISTENT",
  excerpt: "đã giải quyết 47/52 đơn (đạt 91,4%",
  figures: ["47", "52", "91,4"],
};

describe("findingFingerprint", () => {
  it("is the SHA-256, in hex, of the code, file, excerpt and figures as JSON", () => {
    // The documented form, computed independently with Node's crypto: a change of it would
    // orphan every acceptance file written before, so it is pinned here.
    const key = JSON.stringify([base.code, base.file, base.excerpt, base.figures.join(" ")]);
    const expected = createHash("sha256").update(key, "utf8").digest("hex");
    expect(findingFingerprint(base)).toBe(expected);
    expect(findingFingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not change with the form of the same text", () => {
    const same = findingFingerprint(base);
    // NFD accents, runs of spaces and line breaks, spaces at the ends, back slashes in the path.
    expect(findingFingerprint({ ...base, excerpt: base.excerpt.normalize("NFD") })).toBe(same);
    expect(
      findingFingerprint({ ...base, excerpt: "  đã giải quyết\n47/52  đơn\t(đạt 91,4%  " }),
    ).toBe(same);
    expect(findingFingerprint({ ...base, file: "quy-3\\xa-dong.txt" })).toBe(same);
    expect(findingFingerprint({ ...base, file: "./quy-3/xa-dong.txt" })).toBe(same);
    expect(findingFingerprint({ ...base, figures: [" 47", "52\n", "91,4"] })).toBe(same);
  });

  it("tells findings apart by each part", () => {
    const same = findingFingerprint(base);
    expect(findingFingerprint({ ...base, code: "PERCENT_ONLY_IF_TRUNCATED" })).not.toBe(same);
    expect(findingFingerprint({ ...base, file: "quy-3/xa-tay.txt" })).not.toBe(same);
    expect(findingFingerprint({ ...base, excerpt: "đã giải quyết 47/53 đơn" })).not.toBe(same);
    expect(findingFingerprint({ ...base, figures: ["47", "53", "91,4"] })).not.toBe(same);
    // Parts cannot run into each other.
    expect(findingFingerprint({ ...base, code: "A", file: "BC" })).not.toBe(
      findingFingerprint({ ...base, code: "AB", file: "C" }),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const fingerprint = findingFingerprint(input as never);
        expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
      }),
    );
  });
});

describe("fingerprintFinding", () => {
  it("keeps a finding's fingerprint when the report is edited above it", () => {
    const sentence = "Xã đã hòa giải thành 318/405 vụ việc (đạt 78,9%).";
    const before = auditText(sentence).findings;
    const after = auditText(`Phần mở đầu mới.\n\nMột đoạn thêm.\n${sentence}`).findings;
    expect(before).toHaveLength(1);
    expect(after[0]?.span?.line).not.toBe(before[0]?.span?.line);
    expect(fingerprintFinding(after[0] as never, "xa.txt")).toBe(
      fingerprintFinding(before[0] as never, "xa.txt"),
    );
  });

  it("is findingFingerprint of the finding's code, excerpt and inputs in the order of their names", () => {
    const finding = auditText("Xã đã hòa giải thành 318/405 vụ việc (đạt 78,9%).").findings[0];
    if (!finding) throw new Error("a finding expected");
    const names = Object.keys(finding.inputs).sort();
    expect(fingerprintFinding(finding, "a/b.txt")).toBe(
      findingFingerprint({
        file: "a/b.txt",
        code: finding.code,
        excerpt: finding.span?.excerpt ?? "",
        figures: names.map((n) => finding.inputs[n] as string),
      }),
    );
    // The inputs stored in another order (JSON written by another tool) give the same key.
    const reordered = {
      ...finding,
      inputs: Object.fromEntries(Object.entries(finding.inputs).reverse()),
    };
    expect(fingerprintFinding(reordered, "a/b.txt")).toBe(fingerprintFinding(finding, "a/b.txt"));
  });

  it("tells two findings of one report apart", () => {
    const { findings } = auditText(
      "Xã đã hòa giải thành 318/405 vụ việc (đạt 78,9%). Đã giải quyết 47/52 đơn (đạt 91,4%).",
    );
    expect(findings).toHaveLength(2);
    const [a, b] = findings.map((f) => fingerprintFinding(f, "x.txt"));
    expect(a).not.toBe(b);
  });
});

const SENTENCE = "Phường đã cấp 118/125 giấy phép (đạt 95,2%).";

function first(text: string) {
  const finding = auditText(text).findings[0];
  if (!finding) throw new Error(`no finding in ${text}`);
  return finding;
}

describe("fingerprintFinding of audited findings", () => {
  it("stays the same when lines are added above and the excerpt is re-flowed", () => {
    const key = fingerprintFinding(first(SENTENCE), "phuong.txt");
    const moved = first(
      `Tiêu đề báo cáo.\n\nMục một.\n${SENTENCE.replace(" (đạt", " \u00a0 (đạt")}`,
    );
    expect(moved.span?.line).toBe(4);
    expect(fingerprintFinding(moved, "phuong.txt")).toBe(key);
    expect(fingerprintFinding(first(SENTENCE.normalize("NFD")), "phuong.txt")).toBe(key);
  });

  it("changes with the file, the code, the excerpt and the figures", () => {
    const finding = first(SENTENCE);
    const key = fingerprintFinding(finding, "phuong.txt");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintFinding(finding, "xa.txt")).not.toBe(key);
    expect(fingerprintFinding({ ...finding, code: "OTHER_CODE" }, "phuong.txt")).not.toBe(key);
    const otherFigure = first(SENTENCE.replace("95,2", "95,3"));
    expect(fingerprintFinding(otherFigure, "phuong.txt")).not.toBe(key);
  });

  it("ignores severity, message and computed values, and where the file's path starts", () => {
    const finding = first(SENTENCE);
    const key = fingerprintFinding(finding, "huyen/phuong.txt");
    const reworded = {
      ...finding,
      severity: "warning" as const,
      message: { vi: "khác", en: "other" },
      computed: {},
    };
    expect(fingerprintFinding(reworded, "./huyen/phuong.txt")).toBe(key);
    expect(fingerprintFinding(finding, "huyen\\phuong.txt")).toBe(key);
  });

  it("keys a finding without a span or inputs by its code and file", () => {
    const bare = createFinding({ code: "X_Y", severity: "info", message: { vi: "a", en: "a" } });
    expect(fingerprintFinding(bare, "a.txt")).toBe(fingerprintFinding(bare, "a.txt"));
    expect(fingerprintFinding(bare, "a.txt")).not.toBe(fingerprintFinding(bare, "b.txt"));
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
        expect(fingerprintFinding(make(spaced, ` 47${inner}`), "a.txt")).toBe(
          fingerprintFinding(make(text, "47"), "a.txt"),
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
