import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditText, findingFingerprint, fingerprintFinding } from "../../src/index.js";

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
