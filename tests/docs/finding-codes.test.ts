// docs/finding-codes.md is generated from the modules' code tables: regenerate it here and
// compare, so the page can never drift from the code; and every code the auditor produces on
// the sample report must be on it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CODE_MODULES,
  FINDING_CODES_PAGE,
  renderFindingCodes,
} from "../../scripts/finding-codes.js";
import { auditText } from "../../src/index.js";

const page = readFileSync(FINDING_CODES_PAGE, "utf8");
const sample = readFileSync(new URL("../../examples/sample-report.txt", import.meta.url), "utf8");

/** The codes that have a row of their own in a module's table on the page. */
function listedCodes(markdown: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const [, code, severity] of markdown.matchAll(
    /^\| `([A-Z0-9_]+)` \| (error|warning|info|thrown) \| [^|]/gm,
  )) {
    if (code !== undefined && severity !== undefined) rows.set(code, severity);
  }
  return rows;
}

describe("docs/finding-codes.md", () => {
  it("is exactly what scripts/finding-codes.ts generates (run it with --write after changing a code table)", () => {
    expect(page).toBe(renderFindingCodes());
  });

  it("lists every code of every module's table with that table's severity", () => {
    const listed = listedCodes(page);
    const expected = CODE_MODULES.flatMap((m) =>
      Object.entries(m.table).map(([code, row]) => [code, row.severity ?? "thrown"] as const),
    );
    expect(expected.length).toBeGreaterThan(90);
    for (const [code, severity] of expected) expect(listed.get(code), code).toBe(severity);
    expect(listed.size).toBe(expected.length);
  });

  it("lists every code the auditor reports on the sample report", () => {
    const result = auditText(sample);
    const codes = new Set([
      ...result.findings.map((f) => f.code),
      ...result.claims.flatMap((c) => c.findings.map((f) => f.code)),
      ...result.references.flatMap((r) => r.findings.map((f) => f.code)),
    ]);
    // The sample plants a mistake of every kind: many codes, from several modules.
    expect(codes.size).toBeGreaterThanOrEqual(15);
    const listed = listedCodes(page);
    expect([...codes].filter((code) => !listed.has(code))).toEqual([]);
  });

  it("agrees with the code rows the other docs pages write by hand (same code, same severity)", () => {
    const severity = new Map(
      CODE_MODULES.flatMap((m) =>
        Object.entries(m.table).map(([c, row]) => [c, row.severity ?? "thrown"]),
      ),
    );
    const docs = dirname(FINDING_CODES_PAGE);
    const pages = readdirSync(docs, { recursive: true })
      .map(String)
      .filter((p) => p.endsWith(".md") && p !== "finding-codes.md" && !p.startsWith("api"));
    let rows = 0;
    for (const p of pages) {
      const text = readFileSync(join(docs, p), "utf8");
      for (const [, code, stated] of text.matchAll(
        /^\| `([A-Z][A-Z0-9_]+)` \| (error|warning|info|thrown) \|/gm,
      )) {
        rows += 1;
        expect(severity.get(code ?? ""), `${p}: ${code}`).toBe(stated);
      }
    }
    expect(rows).toBeGreaterThan(50);
  });

  it("links to module pages that exist", () => {
    for (const m of CODE_MODULES) {
      if (m.page === undefined) continue;
      expect(existsSync(join(dirname(FINDING_CODES_PAGE), m.page)), m.page).toBe(true);
    }
  });
});

describe("the generator", () => {
  const first = CODE_MODULES[0];
  if (first === undefined) throw new Error("no code modules");

  it("refuses a code that two modules claim", () => {
    const twin = { ...first, name: "twin", constant: "TWIN_CODES", about: "" };
    expect(() => renderFindingCodes([first, twin])).toThrow(/is in both/);
  });

  it("refuses prose that names a code its table lacks", () => {
    const stale = { ...first, about: "Thrown as `NUMBER_NO_SUCH_CODE`." };
    expect(() => renderFindingCodes([stale, ...CODE_MODULES.slice(1)])).toThrow(
      /NUMBER_NO_SUCH_CODE/,
    );
  });

  it("escapes a '|' inside a description so the table keeps its columns", () => {
    const piped = {
      ...first,
      table: { NUMBER_EMPTY: { severity: "error", en: "a | b", vi: "c | d" } },
      about: "",
    };
    const markdown = renderFindingCodes([piped, ...CODE_MODULES.slice(1)]);
    expect(markdown).toContain("| `NUMBER_EMPTY` | error | a \\| b | c \\| d |");
  });
});

// The map of the docs (docs/index.md) and the links between pages: a page added, renamed or a
// heading reworded must not leave a dead link behind.
describe("links between docs pages", () => {
  const docs = dirname(FINDING_CODES_PAGE);
  const pages = readdirSync(docs, { recursive: true })
    .map(String)
    .filter((p) => p.endsWith(".md") && !p.startsWith("api"))
    .map((p) => p.split("\\").join("/"));
  const read = (page: string) => readFileSync(join(docs, page), "utf8");
  // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
  const anchors = (page: string) =>
    new Set(
      [...read(page).matchAll(/^#{1,6} (.+)$/gm)].map(([, h]) =>
        (h ?? "")
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, "")
          .replace(/\s/g, "-"),
      ),
    );

  it("docs/index.md links to every page", () => {
    const index = read("index.md");
    const missing = pages.filter((p) => p !== "index.md" && !index.includes(`](${p})`));
    expect(missing).toEqual([]);
  });

  it("every relative link points to a page and a heading that exist", () => {
    const dead: string[] = [];
    for (const page of pages) {
      const text = read(page).replace(/```[\s\S]*?```/g, "");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (target === undefined || /^[a-z]+:/.test(target)) continue;
        const [file, anchor] = target.split("#");
        const resolved = file ? join(dirname(page), file).split("\\").join("/") : page;
        if (!resolved.endsWith(".md")) continue;
        if (!existsSync(join(docs, resolved))) dead.push(`${page} → ${target}`);
        else if (anchor && !anchors(resolved).has(anchor)) dead.push(`${page} → ${target}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
