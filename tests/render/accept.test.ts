// What the page's filters and acceptance read from its markup: each finding's severity, code,
// fingerprint and words, the codes with their counts, and the acceptance file it was given.
import { describe, expect, it } from "vitest";
import type { Acceptance } from "../../src/index.js";
import { auditText, fingerprintFinding } from "../../src/index.js";
import { renderHtml } from "../../src/render/index.js";
import { elementsOf } from "./dom.js";
import { SAMPLE } from "./fixtures.js";

const result = auditText(SAMPLE);
/** The attributes (and tag) of every element that passes a test. */
const attrsOf = (
  html: string,
  test: (a: Readonly<Record<string, string>>) => boolean,
): Readonly<Record<string, string>>[] =>
  elementsOf(html)
    .map((e): Record<string, string> => ({ ...e.attrs, tag: e.tag }))
    .filter(test);
const listItems = (html: string) =>
  attrsOf(html, (a) => a["data-severity"] !== undefined && a["data-fp"] !== undefined);

describe("the findings list, for the filters and the acceptance file", () => {
  const html = renderHtml(result, SAMPLE, { file: "examples/sample-report.txt" });

  it("gives each finding its severity, code, claim, words and fingerprint", () => {
    const items = listItems(html);
    expect(items).toHaveLength(result.findings.length);
    for (const finding of result.findings) {
      const fingerprint = fingerprintFinding(finding, "sample-report.txt");
      const item = items.find((i) => i["data-fp"] === fingerprint);
      expect(item, finding.code).toBeDefined();
      expect(item?.["data-code"]).toBe(finding.code);
      expect(item?.["data-severity"]).toBe(finding.severity);
      expect(item?.["data-excerpt"]).toBe(finding.span?.excerpt);
    }
    // Claims' findings link to their claim.
    expect(items.filter((i) => i["data-claim"] !== "").length).toBeGreaterThan(10);
  });

  it("names the file by its name in fingerprints, or as the caller says", () => {
    const bar = attrsOf(html, (a) => a.id === "accept-bar")[0];
    expect(bar?.["data-file"]).toBe("sample-report.txt");
    const other = renderHtml(result, SAMPLE, {
      file: "C:\\reports\\quy-3\\sample-report.txt",
      acceptance: { file: "quy-3/sample-report.txt" },
    });
    const finding = result.findings[0];
    if (!finding) throw new Error("findings expected");
    expect(listItems(other).map((i) => i["data-fp"])).toContain(
      fingerprintFinding(finding, "quy-3/sample-report.txt"),
    );
    expect(attrsOf(other, (a) => a.id === "accept-bar")[0]?.["data-file"]).toBe(
      "quy-3/sample-report.txt",
    );
  });

  it("offers each severity and each code with its count", () => {
    const options = attrsOf(html, (a) => a.tag === "option").map((a) => a.value);
    const codes = [...new Set(result.findings.map((f) => f.code))];
    expect(options).toEqual(["", ...options.slice(1)]);
    expect(options.slice(1).sort()).toEqual(codes.sort());
    const text = elementsOf(html).find((e) => e.attrs.id === "filters")?.text ?? "";
    const twice = codes.find((c) => result.findings.filter((f) => f.code === c).length > 1);
    expect(twice).toBeDefined();
    expect(text).toContain(`${twice} (${result.findings.filter((f) => f.code === twice).length})`);
    for (const id of ["f-error", "f-warning", "f-info", "f-consistent", "f-accepted"]) {
      expect(attrsOf(html, (a) => a.id === id)).toHaveLength(1);
    }
    // Without script the filters and the acceptance do nothing: they are hidden until it runs.
    expect(attrsOf(html, (a) => a.id === "filters")[0]?.hidden).toBe("");
    expect(attrsOf(html, (a) => a.id === "accept-bar")[0]?.hidden).toBe("");
  });

  it("has no Accept buttons when it does not know its file's name", () => {
    const nameless = renderHtml(result, SAMPLE);
    expect(attrsOf(nameless, (a) => a["data-accept"] !== undefined)).toEqual([]);
    expect(attrsOf(nameless, (a) => a.id === "accept-bar")).toEqual([]);
    // The filters are still there.
    expect(attrsOf(nameless, (a) => a.id === "filters")).toHaveLength(1);
  });

  it("has no filters when there is nothing to filter", () => {
    const text = "Xã đã giải quyết 45/50 đơn (đạt 90%).";
    const clean = renderHtml(auditText(text), text);
    expect(attrsOf(clean, (a) => a.id === "filters")).toEqual([]);
  });
});

describe("an acceptance file given to the page", () => {
  const [first, second] = result.findings;
  if (!first || !second) throw new Error("two findings expected");
  const accepted: Acceptance = {
    version: 1,
    accepted: [
      {
        fingerprint: fingerprintFinding(first, "sample-report.txt"),
        code: first.code,
        file: "sample-report.txt",
        excerpt: first.span?.excerpt ?? "",
        acceptedAt: "2024-09-20T08:00:00.000Z",
      },
      {
        fingerprint: "0".repeat(64),
        code: "PERCENT_INCONSISTENT",
        file: "quy-3/<b>xa-khac</b>.txt",
        excerpt: 'đạt 91,4% "<script>"',
      },
    ],
  };
  const html = renderHtml(result, SAMPLE, { file: "sample-report.txt", acceptance: { accepted } });

  it("shows its findings as accepted, and only those", () => {
    const pressed = attrsOf(html, (a) => a["data-accept"] !== undefined);
    const on = new Set(
      pressed.filter((b) => b["aria-pressed"] === "true").map((b) => b["data-accept"]),
    );
    expect([...on]).toEqual([accepted.accepted[0]?.fingerprint]);
    expect(
      pressed.some(
        (b) =>
          b["data-accept"] === fingerprintFinding(second, "sample-report.txt") &&
          b["aria-pressed"] === "false",
      ),
    ).toBe(true);
  });

  it("downloads the file under the name the CLI reads by default", () => {
    expect(html).toContain('a.download="baocao.accepted.json"');
    expect(html).not.toContain("baocao-accepted");
  });

  it("keeps every entry, other files' too, for the file it downloads", () => {
    const kept = attrsOf(html, (a) => a.tag === "li" && a["data-file"] !== undefined);
    expect(
      kept.map((k) => [k["data-fp"], k["data-code"], k["data-file"], k["data-excerpt"]]),
    ).toEqual(accepted.accepted.map((e) => [e.fingerprint, e.code, e.file, e.excerpt]));
    expect(kept[0]?.["data-at"]).toBe("2024-09-20T08:00:00.000Z");
    expect(html).not.toContain("<b>xa-khac</b>");
  });

  it("keeps each entry's note and count for the file it downloads", () => {
    const entry = accepted.accepted[0];
    if (!entry) throw new Error("an entry expected");
    const page = renderHtml(result, SAMPLE, {
      file: "sample-report.txt",
      acceptance: {
        accepted: { version: 1, accepted: [{ ...entry, note: "đã xác minh", count: 2 }] },
      },
    });
    const kept = attrsOf(page, (a) => a.tag === "li" && a["data-file"] !== undefined);
    expect(kept.map((k) => [k["data-note"], k["data-count"]])).toEqual([["đã xác minh", "2"]]);
  });

  it("reads a file the CLI would refuse as none", () => {
    const entry = accepted.accepted[0];
    if (!entry) throw new Error("an entry expected");
    // A fingerprint of another length: safeParseAcceptance refuses the file, so does the page.
    const page = renderHtml(result, SAMPLE, {
      file: "sample-report.txt",
      acceptance: {
        accepted: { version: 1, accepted: [{ ...entry, fingerprint: "0123456789abcdef" }] },
      },
    });
    expect(attrsOf(page, (a) => a.tag === "li" && a["data-file"] !== undefined)).toEqual([]);
    expect(
      attrsOf(page, (a) => a["data-accept"] !== undefined && a["aria-pressed"] === "true"),
    ).toEqual([]);
  });

  it("reads what is not an acceptance file as none, never throwing", () => {
    const hostile: unknown[] = [
      null,
      "accepted",
      { version: 1, accepted: "x" },
      { version: 1, accepted: [null, 3, { fingerprint: 5 }, { fingerprint: "" }] },
      {
        version: 1,
        get accepted() {
          throw new Error("a getter that throws");
        },
      },
      {
        version: 1,
        accepted: new Proxy([], {
          get: () => {
            throw new Error("trap");
          },
        }),
      },
    ];
    for (const value of hostile) {
      const page = renderHtml(result, SAMPLE, {
        acceptance: { accepted: value as Acceptance },
      });
      expect(attrsOf(page, (a) => a.tag === "li" && a["data-file"] !== undefined)).toEqual([]);
    }
  });
});
