import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colorOf } from "../../src/cli/settings.js";
import { lines, onlyFile, run } from "./run-cli.js";

const WRONG = "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\n";
const DATED = `Hà Nội, ngày 05 tháng 3 năm 2024\n${WRONG}`;
const dir = mkdtempSync(join(tmpdir(), "baocao-conventions-"));
const wrong = join(dir, "wrong.txt");
writeFileSync(wrong, DATED);

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for colour codes is the point.
const SGR = /\u001b\[\d+m/;

describe("colour", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "0" }, true, false],
    [{ NO_COLOR: "1", FORCE_COLOR: "1" }, true, false],
    [{ TERM: "dumb" }, true, false],
  ])("with %j on a terminal: %s → %s", (env, isTTY, expected) => {
    expect(colorOf(undefined, env, isTTY)).toBe(expected);
  });

  it("lets --color and --no-color decide over the environment", () => {
    expect(colorOf(true, { NO_COLOR: "1" }, false)).toBe(true);
    expect(colorOf(false, { FORCE_COLOR: "1" }, true)).toBe(false);
  });

  it("is written (by picocolors) only where the run decides so", async () => {
    const forced = await run(["audit", wrong], "", { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toMatch(SGR);
    const terminal = await run(["audit", wrong], "", { isTTY: true, env: { NO_COLOR: "1" } });
    expect(terminal.stdout).not.toMatch(SGR);
    expect((await run(["audit", wrong], "", { isTTY: true })).stdout).toMatch(SGR);
    // Colour never goes into a file.
    const out = join(dir, "coloured.txt");
    await run(["audit", wrong, "--color", "--out", out]);
    expect(readFileSync(out, "utf8")).not.toMatch(SGR);
  });
});

describe("one language for everything", () => {
  it("says usage errors, help and reading notices in Vietnamese by default", async () => {
    const usage = await run(["audit", wrong, "--bogus", "--lang", "vi"]);
    expect(usage.stderr).toBe("baocao: không có tùy chọn --bogus (xem baocao --help)\n");
    const missing = await run(["audit", join(dir, "none.txt"), "--lang", "vi"]);
    expect(missing.stderr).toBe(`baocao: ${join(dir, "none.txt")}: không có tệp hay thư mục này\n`);
    expect((await run(["--help", "--lang", "vi"])).stdout).toMatch(/^baocao — kiểm tra số liệu/);
    expect((await run(["--help", "--lang", "en"])).stdout).toMatch(
      /^baocao — audit the arithmetic/,
    );
    const empty = await run(["audit", "-", "--lang", "vi"], "");
    expect(empty.stdout).toContain("lưu ý: đầu vào chuẩn rỗng: không có gì được kiểm tra");
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x78, 0xe3, 0x20, 0xff, 0xfe]));
    const unread = await run(["audit", latin1, "--lang", "vi"]);
    expect(unread.stderr).toMatch(/latin1\.txt: không phải văn bản UTF-8/);
    expect(unread.stdout).toContain("không đọc được: không phải văn bản UTF-8");
  });

  it("writes English plurals right", async () => {
    const one = await run(["audit", wrong]);
    expect(one.stdout).toMatch(
      /\n1 error, 0 warnings, 0 info; 1 claim checked \(0 consistent\) in 1 file\n$/,
    );
    const two = await run(["audit", wrong, wrong]);
    expect(two.stdout).toMatch(
      /\n2 errors, 0 warnings, 0 info; 2 claims checked \(0 consistent\) in 2 files\n$/,
    );
  });

  it("puts the severity's one name in the list and the summary, in each language", async () => {
    expect((await run(["audit", wrong])).stdout).toContain("error     PERCENT_INCONSISTENT");
    const vi = (await run(["audit", wrong, "--lang", "vi"])).stdout;
    expect(vi).toContain("lỗi       PERCENT_INCONSISTENT");
    expect(vi).toMatch(/1 lỗi, 0 cảnh báo, 0 thông tin;/);
  });
});

describe("--stdin-filename", () => {
  it("names standard input in the output and keys it", async () => {
    const { stdout } = await run(
      ["audit", "-", "--stdin-filename", "huyen/xa.txt", "-f", "json"],
      DATED,
    );
    const file = onlyFile(stdout);
    expect(file.file).toBe("huyen/xa.txt");
    expect(file.key).toBe("huyen/xa.txt");
    const text = await run(["audit", "-", "--stdin-filename", "xa.txt"], DATED);
    expect(text.stdout.startsWith("xa.txt (dated 2024-03-05)\n")).toBe(true);
  });

  it("reads a .json name as a structured report", async () => {
    const report = (await run(["extract", wrong])).stdout;
    const { code, stdout } = await run(
      ["audit", "-", "--stdin-filename", "xa.json", "-f", "json"],
      report,
    );
    expect(code).toBe(1);
    expect(onlyFile(stdout).findings[0].code).toBe("PERCENT_INCONSISTENT");
  });
});

describe("a report with no date", () => {
  it("gets a notice that the date checks were skipped, with the hint --report-date", async () => {
    const undated = join(dir, "undated.txt");
    writeFileSync(undated, WRONG);
    const { stdout } = await run(["audit", undated, "--registry"]);
    expect(stdout).toContain(
      "note: no date found in the report: the date and citation checks against it (periods ending after it, documents dated after it) were skipped, and so was --registry; give it with --report-date YYYY-MM-DD",
    );
    expect((await run(["audit", undated, "--report-date", "2024-03-05"])).stdout).not.toContain(
      "no date found",
    );
    expect((await run(["audit", wrong])).stdout).not.toContain("no date found");
  });
});

describe("HTML for several reports", () => {
  const reports = join(dir, "reports");
  mkdirSync(join(reports, "huyen"), { recursive: true });
  writeFileSync(join(reports, "a.txt"), DATED);
  writeFileSync(join(reports, "huyen", "b.txt"), DATED);

  it("refuses an --out that names a file, in one line, and makes no folder", async () => {
    const out = join(dir, "audit.html");
    const { code, stdout, stderr } = await run(["audit", reports, "-f", "html", "--out", out]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toEqual([
      `baocao: ${out} names a file, but 2 reports as HTML need a folder (one page each and an index.html): give --out ${join(dir, "audit")}/`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("names each page by its path relative to the folder given", async () => {
    const out = join(dir, "pages");
    await run(["audit", reports, "-f", "html", "--out", out]);
    expect(statSync(join(out, "a.txt.html")).isFile()).toBe(true);
    expect(statSync(join(out, "huyen__b.txt.html")).isFile()).toBe(true);
    const index = readFileSync(join(out, "index.html"), "utf8");
    expect(index).toContain('href="huyen__b.txt.html"');
    expect(index).not.toContain(dir.replace(/^\//, "").replace(/\//g, "__"));
  });
});
