import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodeTcvn3 } from "../../src/index.js";
import { makeDocx } from "../readers/make-docx.js";
import { auditJson, onlyFile, run } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "baocao-cli-"));
const bad = join(dir, "bad.txt");
const good = join(dir, "good.md");
writeFileSync(bad, "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\n");
writeFileSync(good, "Xã đã giải quyết 47/52 đơn (đạt 90,4%).\n");
writeFileSync(join(dir, "notes.pdf.bin"), "ignored");

describe("baocao audit", () => {
  it("prints each finding with line:column and a summary, and exits 1 on an error", async () => {
    const { code, stdout } = await run(["audit", bad, "--lang", "en"]);
    expect(code).toBe(1);
    expect(stdout).toContain("1:18");
    expect(stdout).toContain("PERCENT_INCONSISTENT");
    expect(stdout).toMatch(/1 error, 0 warnings, 0 info; 1 claim checked/);
  });

  it("exits 0 on a clean report, and with --fail-on never", async () => {
    expect((await run(["audit", good])).code).toBe(0);
    expect((await run(["audit", bad, "--fail-on", "never"])).code).toBe(0);
  });

  it("reads directories recursively (.txt and .md) and standard input", async () => {
    const all = await run(["audit", dir, "--format", "json"]);
    const parsed = auditJson(all.stdout).files;
    expect(parsed.map((f) => f.file)).toEqual([bad, good]);
    const piped = await run(["audit", "-", "--format", "json"], "Đạt 47/52 hồ sơ = 91,4%.");
    const one = onlyFile(piped.stdout);
    expect(one.file).toBe("<stdin>");
    expect(one.findings[0]).toMatchObject({
      code: "PERCENT_INCONSISTENT",
      line: 1,
      excerpt: "47/52 hồ sơ = 91,4%",
    });
  });

  it("writes JSON with claims, findings and stats", async () => {
    const { stdout } = await run(["audit", bad, "--format", "json", "--lang", "en"]);
    const result = onlyFile(stdout);
    expect(result.stats).toMatchObject({ claims: 1, error: 1 });
    expect(result.claims[0]).toMatchObject({ kind: "percentage", status: "error" });
    expect(result.findings[0].message).toMatch(/does not match/);
  });

  it("writes to --out instead of standard output", async () => {
    const out = join(dir, "out.json");
    const { stdout } = await run(["audit", bad, "--format", "json", "--out", out]);
    expect(stdout).toBe("");
  });
});

describe("errors and help", () => {
  it.each([
    [["audit"], /needs a file/],
    [["audit", bad, "--format", "xml"], /--format must be one of/],
    [["audit", bad, "--bogus"], /unknown option --bogus/],
    [["frobnicate"], /unknown command/],
    [["audit", join(dir, "missing.txt")], /no such file/],
  ])("%j exits 2 with one line on standard error", async (argv, message) => {
    const { code, stderr, stdout } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stdout).toBe("");
  });

  it("refuses text that is not UTF-8", async () => {
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x78, 0xe3, 0x20, 0xff, 0xfe]));
    const { code, stderr } = await run(["audit", latin1]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not UTF-8/);
  });

  it("prints help and the version", async () => {
    expect((await run(["--help"])).stdout).toMatch(/Usage:/);
    expect((await run(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("html, extract and structured input", () => {
  it("writes one self-contained page for one report", async () => {
    const out = join(dir, "page.html");
    const { code } = await run([
      "audit",
      bad,
      "--format",
      "html",
      "--out",
      out,
      "--fail-on",
      "never",
    ]);
    expect(code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('data-status="error"');
  });

  it("writes a page per report and an index for a directory", async () => {
    const out = join(dir, "site");
    const { code, stdout } = await run(["audit", bad, good, "--format", "html", "--out", out]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const index = readFileSync(join(out, "index.html"), "utf8");
    const links = [...index.matchAll(/href="([^"#]+\.html)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(readFileSync(join(out, link as string), "utf8")).toContain("<html");
  });

  it("needs --out for several reports as html", async () => {
    const { code, stderr } = await run(["audit", bad, good, "--format", "html"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/need --out DIR/);
  });

  it("extracts the structured form, and auditing it gives the same findings", async () => {
    const json = join(dir, "bad.report.json");
    expect((await run(["extract", bad, "--out", json])).code).toBe(0);
    const data = JSON.parse(readFileSync(json, "utf8"));
    expect(data.version).toBe(1);
    const fromText = onlyFile((await run(["audit", bad, "--format", "json"])).stdout);
    const fromJson = onlyFile((await run(["audit", json, "--format", "json"])).stdout);
    expect(
      fromJson.findings.map((f: { code: string; start: number }) => [f.code, f.start]),
    ).toEqual(fromText.findings.map((f: { code: string; start: number }) => [f.code, f.start]));
  });

  it("gives every schema error of a bad structured report on one line, exit 2", async () => {
    const json = join(dir, "broken.json");
    writeFileSync(
      json,
      JSON.stringify({ version: 1, metadata: {}, indicators: [{ id: 3 }], claims: "none" }),
    );
    const { code, stderr } = await run(["audit", json]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/6 schema errors: .*indicators\.0\.id.*claims/);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    writeFileSync(json, "{ not json");
    expect((await run(["audit", json])).stderr).toMatch(/not valid JSON/);
  });
});

describe("reports as they arrive", () => {
  it("audits a .docx and points each finding at its paragraph or table cell", async () => {
    const docx = join(dir, "report.docx");
    writeFileSync(docx, await makeDocx());
    const { stdout } = await run(["audit", docx, "--format", "json", "--lang", "en"]);
    const result = onlyFile(stdout);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.origin).toMatchObject({ kind: "word" });
    expect(result.findings.some((f: { origin: { cell?: unknown } }) => f.origin.cell)).toBe(true);
    const text = await run(["audit", docx, "--lang", "en"]);
    expect(text.stdout).toMatch(/\(paragraph \d+/);
  });

  it("puts each finding's paragraph or cell on the HTML page of a .docx", async () => {
    const docx = join(dir, "report-page.docx");
    writeFileSync(docx, await makeDocx());
    const out = join(dir, "report-page.html");
    await run(["audit", docx, "--format", "html", "--out", out]);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/class="origin"><span class="vi" lang="vi">đoạn \d+/);
    expect(html).toMatch(/paragraph \d+, table \d+, row \d+, column \d+/);
  });

  it("converts legacy TCVN3 text to Unicode with a notice", async () => {
    const legacy = join(dir, "legacy.txt");
    writeFileSync(
      legacy,
      encodeTcvn3("Ủy ban nhân dân huyện đã giải quyết 47/52 đơn thư khiếu nại của công dân."),
    );
    const { code, stdout, stderr } = await run(["convert", legacy]);
    expect(code).toBe(0);
    expect(stdout).toContain("ban nhân dân huyện đã giải quyết 47/52 đơn thư");
    expect(stderr).toMatch(/TCVN3/);
  });

  it("refuses a damaged PDF with one line", async () => {
    const pdf = join(dir, "broken.pdf");
    writeFileSync(pdf, "%PDF-1.7\nthis is not really a pdf");
    const { code, stderr } = await run(["audit", pdf]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("many files", () => {
  const batch = mkdtempSync(join(tmpdir(), "baocao-cli-batch-"));
  for (let i = 0; i < 4; i++) {
    writeFileSync(join(batch, `r${i}.txt`), `Xã đã giải quyết 47/52 đơn (đạt ${90 + i},4%).\n`);
  }
  const terminal = { isTTY: true, stderrIsTTY: true, env: { TERM: "xterm" }, columns: 60 };

  it("draws a progress bar on a terminal and erases it before the report", async () => {
    const { stdout, stderr } = await run(["audit", batch, "--no-color"], "", terminal);
    expect(stderr).toMatch(/\[#{20}\] 4\/4 100%/);
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(stdout).toBe((await run(["audit", batch, "--no-color"])).stdout);
  });

  it.each([
    ["in CI", { ...terminal, env: { CI: "true" } }, []],
    ["with --no-progress", terminal, ["--no-progress"]],
    ["when the report is piped", { ...terminal, isTTY: false }, []],
    ["when standard error is not a terminal", { ...terminal, stderrIsTTY: false }, []],
  ])("draws none %s", async (_, io, flags) => {
    const { stderr } = await run(["audit", batch, ...flags], "", io);
    expect(stderr).toBe("");
  });

  it("gives the same report with --jobs 1 and 2 (from the sources both run in one thread; the pool is tested in tests/perf and tests/built)", async () => {
    const one = await run(["audit", batch, "--format", "json", "--jobs", "1"]);
    const two = await run(["audit", batch, "--format", "json", "-j", "2"]);
    expect(auditJson(one.stdout).files).toHaveLength(4);
    expect(two).toEqual(one);
  });

  it.each(["0", "two", "-1", "1.5"])("refuses --jobs %s with one line", async (jobs) => {
    const { code, stderr } = await run(["audit", batch, "--jobs", jobs]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--jobs must be a whole number/);
  });
});

describe("--report-date", () => {
  const undated = join(mkdtempSync(join(tmpdir(), "baocao-cli-date-")), "undated.txt");
  writeFileSync(
    undated,
    "Trong 6 tháng đầu năm 2020 (từ ngày 01/01/2020 đến ngày 30/6/2020), xã đã giải quyết 47/52 đơn, đạt 90,4%.\n",
  );

  it("dates a report whose text has no date: periods may not end after it", async () => {
    const plain = onlyFile((await run(["audit", undated, "--format", "json"])).stdout);
    expect(plain.reportDate).toBeNull();
    const early = await run(["audit", undated, "--format", "json", "--report-date", "2020-06-01"]);
    const dated = onlyFile(early.stdout);
    expect(dated.reportDate).toBe("2020-06-01");
    expect(dated.findings.map((f: { code: string }) => f.code)).toContain(
      "DATE_PERIOD_ENDS_AFTER_REPORT",
    );
    expect(early.code).toBe(0);
  });

  it("takes any day of the calendar the library takes, without an internal error", async () => {
    for (const date of ["9999-12-31", "3000-01-01", "1000-01-01"]) {
      const { code, stderr } = await run(["audit", undated, "--report-date", date]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
    }
  });

  it.each(["2020-02-30", "1/6/2020", "2020-6-1", "0999-01-01", ""])(
    "refuses %j with one line",
    async (date) => {
      const { code, stderr } = await run(["audit", undated, "--report-date", date]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--report-date must be a real date written YYYY-MM-DD/);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    },
  );
});

describe("--registry", () => {
  const units = mkdtempSync(join(tmpdir(), "baocao-cli-registry-"));
  const dated = join(units, "dated.txt");
  const undated = join(units, "undated.txt");
  writeFileSync(dated, "Vĩnh Phúc, ngày 01 tháng 4 năm 2025\nHuyện Sông Lô có 15 xã.\n");
  writeFileSync(undated, "Huyện Sông Lô có 15 xã.\n");

  it("checks the units a report names against the registry on its date", async () => {
    const without = onlyFile((await run(["audit", dated, "--format", "json"])).stdout);
    expect(without.findings).toEqual([]);
    const { code, stdout } = await run(["audit", dated, "--format", "json", "--registry"]);
    const result = onlyFile(stdout);
    expect(code).toBe(1);
    expect(result.findings.map((f: { code: string }) => f.code)).toEqual([
      "UNIT_REGISTRY_COUNT_MISMATCH",
    ]);
    expect(result.findings[0].excerpt).toBe("Huyện Sông Lô có 15 xã");
    expect(result.stats.error).toBe(1);
  });

  it("says a structured report (.json) is not checked against the registry", async () => {
    const json = join(units, "report.json");
    writeFileSync(json, (await run(["extract", dated])).stdout);
    const { stdout } = await run(["audit", json, "--format", "json", "--registry"]);
    expect(onlyFile(stdout).notices.join(" ")).toMatch(/--registry apply to text reports/);
  });

  it("uses --report-date, and says so when a report has no date", async () => {
    const given = await run(["audit", undated, "--registry", "--report-date", "2025-04-01"]);
    expect(given.stdout).toContain("UNIT_REGISTRY_COUNT_MISMATCH");
    const none = await run(["audit", undated, "--format", "json", "--registry"]);
    const result = onlyFile(none.stdout);
    expect(result.findings).toEqual([]);
    expect(result.notices.join(" ")).toMatch(
      /no date found in the report: the date and citation checks .* were skipped, and so was --registry; give it with --report-date/,
    );
  });
});
