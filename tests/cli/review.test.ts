import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { parseAcceptance } from "../../src/index.js";
import { lines, onlyFile, run } from "./run-cli.js";

const TWO_SLIPS =
  "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\nPhường đã cấp 118/125 giấy phép (đạt 95,2%).\n";

/** Runs the CLI with exactly these arguments (the shared helper adds --lang en when none). */
async function runWithoutLang(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: (async function* () {})(),
    isTTY: false,
    cwd,
  });
  return { code, stdout, stderr };
}

/** A folder of reports, with a working directory of its own (where the acceptance file goes). */
function workspace(): { cwd: string; reports: string } {
  const cwd = mkdtempSync(join(tmpdir(), "baocao-review-"));
  const reports = join(cwd, "reports");
  mkdirSync(join(reports, "huyen"), { recursive: true });
  writeFileSync(join(reports, "huyen", "xa.txt"), TWO_SLIPS);
  return { cwd, reports };
}

describe("--accept and the acceptance file", () => {
  it("records every finding, hides them on later runs and says how many", async () => {
    const { cwd, reports } = workspace();
    const before = await run(["audit", reports], "", { cwd });
    expect(before.code).toBe(1);
    const accepting = await run(["audit", reports, "--accept"], "", { cwd });
    expect(accepting.code).toBe(0);
    expect(lines(accepting.stderr)).toEqual([
      `baocao: 2 findings accepted in ${join(cwd, "baocao.accepted.json")}`,
    ]);
    const file = parseAcceptance(
      JSON.parse(readFileSync(join(cwd, "baocao.accepted.json"), "utf8")),
    );
    expect(file.accepted.map((e) => [e.file, e.code, e.excerpt]).sort()).toEqual([
      ["huyen/xa.txt", "PERCENT_INCONSISTENT", "118/125 giấy phép (đạt 95,2%"],
      ["huyen/xa.txt", "PERCENT_INCONSISTENT", "47/52 đơn (đạt 91,4%"],
    ]);
    const after = await run(["audit", reports], "", { cwd });
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("2 accepted findings hidden (--show-accepted shows them)");
    expect(after.stdout).toMatch(/0 errors, .*; 2 accepted\n$/);
    expect(after.stdout).not.toContain("PERCENT_INCONSISTENT");
  });

  it("keys a file by its path relative to the folder given, not by lines", async () => {
    const { cwd, reports } = workspace();
    await run(["audit", reports, "--accept"], "", { cwd });
    // Lines added above move every finding; the folder is given by another spelling.
    writeFileSync(join(reports, "huyen", "xa.txt"), `Báo cáo.\n\n${TWO_SLIPS}`);
    const moved = await run(["audit", `${reports}/./`], "", { cwd });
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain("2 accepted findings hidden");
    // Given alone, the file is keyed by its own name: another key.
    const alone = await run(["audit", join(reports, "huyen", "xa.txt")], "", { cwd });
    expect(alone.code).toBe(1);
  });

  it("shows accepted findings marked with --show-accepted, and they never fail the run", async () => {
    const { cwd, reports } = workspace();
    await run(["audit", reports, "--accept"], "", { cwd });
    const shown = await run(["audit", reports, "--show-accepted", "--fail-on", "info"], "", {
      cwd,
    });
    expect(shown.code).toBe(0);
    expect(shown.stdout.match(/PERCENT_INCONSISTENT \(accepted\)/g)).toHaveLength(2);
    // Nothing is hidden: the line says they were shown, and never that they were hidden.
    expect(shown.stdout).toContain("\n  2 accepted findings shown\n");
    expect(shown.stdout).not.toContain("hidden");
    const vi = await runWithoutLang(["audit", reports, "--show-accepted", "--lang", "vi"], cwd);
    expect(vi.stdout.match(/PERCENT_INCONSISTENT \(đã chấp nhận\)/g)).toHaveLength(2);
    expect(vi.stdout).toContain("\n  2 phát hiện đã chấp nhận được hiển thị\n");
    expect(vi.stdout).not.toContain("được ẩn");
    const json = onlyFile(
      (await run(["audit", reports, "--show-accepted", "-f", "json"], "", { cwd })).stdout,
    );
    expect(json.findings.map((f: { accepted: boolean }) => f.accepted)).toEqual([true, true]);
    expect(json.stats).toMatchObject({ error: 0, accepted: 2 });
  });

  it("says accepted findings below --min-severity are not listed, even with --show-accepted", async () => {
    const { cwd, reports } = workspace();
    writeFileSync(
      join(cwd, "baocao.config.json"),
      JSON.stringify({ codes: { PERCENT_INCONSISTENT: "info" } }),
    );
    await run(["audit", reports, "--accept"], "", { cwd });
    const quiet = await run(["audit", reports, "--show-accepted", "--quiet"], "", { cwd });
    expect(quiet.stdout).not.toContain("PERCENT_INCONSISTENT");
    expect(quiet.stdout).toContain("\n  2 accepted findings below --min-severity not listed\n");
    expect(quiet.stdout).not.toContain("--show-accepted shows them");
  });

  it("reports accepted findings that no longer occur as stale, and --accept drops them", async () => {
    const { cwd, reports } = workspace();
    await run(["audit", reports, "--accept"], "", { cwd });
    writeFileSync(join(reports, "huyen", "xa.txt"), TWO_SLIPS.replace("91,4", "90,4"));
    const after = await run(["audit", reports], "", { cwd });
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(
      "  1 accepted finding no longer occurs (stale; --accept drops it):\n    PERCENT_INCONSISTENT  « 47/52 đơn (đạt 91,4% »",
    );
    expect(after.stdout).toMatch(/; 1 accepted, 1 stale\n$/);
    const json = onlyFile((await run(["audit", reports, "-f", "json"], "", { cwd })).stdout);
    expect(json.stale).toEqual([expect.objectContaining({ excerpt: "47/52 đơn (đạt 91,4%" })]);
    await run(["audit", reports, "--accept"], "", { cwd });
    const again = await run(["audit", reports], "", { cwd });
    expect(again.stdout).not.toContain("stale");
  });

  it("keeps the entries of files not audited, and a note written by hand", async () => {
    const { cwd, reports } = workspace();
    writeFileSync(
      join(reports, "other.txt"),
      "Thôn có 40 hộ, trong đó 25 hộ nghèo, 20 hộ cận nghèo.\n",
    );
    await run(["audit", reports, "--accept"], "", { cwd });
    const path = join(cwd, "baocao.accepted.json");
    const noted = JSON.parse(readFileSync(path, "utf8"));
    noted.accepted[0].note = "Đã xác minh với xã.";
    writeFileSync(path, JSON.stringify(noted));
    await run(["audit", join(reports, "huyen"), "--accept"], "", { cwd });
    const after = parseAcceptance(JSON.parse(readFileSync(path, "utf8")));
    const files = new Set(after.accepted.map((e) => e.file));
    expect(files.has("huyen/xa.txt")).toBe(true);
    expect(files.has("xa.txt")).toBe(true);
    expect(after.accepted.some((e) => e.note === "Đã xác minh với xã.")).toBe(true);
  });

  it("refuses an acceptance file that does not fit its schema, in one line (exit 2)", async () => {
    const { cwd, reports } = workspace();
    writeFileSync(join(cwd, "baocao.accepted.json"), '{ "version": 1, "accepted": [{}] }');
    const { code, stderr, stdout } = await run(["audit", reports], "", { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(
      /does not fit its schema .*accepted\.0\.file: missing \(expected a string\)/,
    );
    // Every detail in the run's language: none of zod's English words in a Vietnamese line.
    writeFileSync(
      join(cwd, "baocao.accepted.json"),
      JSON.stringify({
        version: 2,
        accepted: [{ file: "a.txt", code: "x", fingerprint: "ab", count: 0.5 }, []],
      }),
    );
    const vi = await run(["audit", reports, "--lang", "vi"], "", { cwd });
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(
      `baocao: ${join(cwd, "baocao.accepted.json")} không đúng lược đồ (baocao/acceptance.schema.json): version: phải là 1 (nhận được 2); accepted.0.code: cần một mã phát hiện như PERCENT_INCONSISTENT (nhận được "x"); accepted.0.fingerprint: cần 64 chữ số thập lục phân viết thường (nhận được "ab"); accepted.0.count: cần số nguyên (nhận được 0.5); accepted.1: cần đối tượng { … }, nhận được mảng [ … ]\n`,
    );
    writeFileSync(join(cwd, "baocao.accepted.json"), "{ nope");
    expect((await run(["audit", reports], "", { cwd })).stderr).toMatch(/not valid JSON/);
  });

  it("refuses a named acceptance file that is missing, unless --accept writes it", async () => {
    const { cwd, reports } = workspace();
    const named = join(cwd, "review", "accepted.json");
    const missing = await run(["audit", reports, "--acceptance-file", named], "", { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe(
      `baocao: the acceptance file ${named} does not exist: create it with --accept, or check --acceptance-file\n`,
    );
    const written = await run(["audit", reports, "--acceptance-file", named, "--accept"], "", {
      cwd,
    });
    expect(written.code).toBe(0);
    expect(parseAcceptance(JSON.parse(readFileSync(named, "utf8"))).accepted).toHaveLength(2);
  });
});

describe("baocao.config.json", () => {
  it("is found from the working directory upwards and sets the options", async () => {
    const { cwd, reports } = workspace();
    writeFileSync(
      join(cwd, "baocao.config.json"),
      JSON.stringify({
        $schema: "https://unpkg.com/baocao/config.schema.json",
        lang: "en",
        failOn: "never",
        codes: { PERCENT_INCONSISTENT: "warning" },
      }),
    );
    const below = join(reports, "huyen");
    // No --lang on this command line (the helper would add one): the config's applies.
    const { code, stdout } = await runWithoutLang(["audit", reports], below);
    expect(code).toBe(0);
    expect(stdout).toContain("warning   PERCENT_INCONSISTENT");
    expect(stdout).toMatch(/0 errors, 2 warnings/);
    const vi = await run(["audit", reports, "--lang", "vi"], "", { cwd: below });
    expect(vi.stdout).toMatch(/0 lỗi, 2 cảnh báo/);
  });

  it("turns codes off, and --config names another file; --no-config reads none", async () => {
    const { cwd, reports } = workspace();
    const config = join(cwd, "strict.json");
    writeFileSync(config, JSON.stringify({ codes: { PERCENT_INCONSISTENT: "off" } }));
    const off = await run(["audit", reports, "--config", config], "", { cwd });
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain("PERCENT_INCONSISTENT");
    writeFileSync(join(cwd, "baocao.config.json"), JSON.stringify({ failOn: "never" }));
    expect((await run(["audit", reports], "", { cwd })).code).toBe(0);
    expect((await run(["audit", reports, "--no-config"], "", { cwd })).code).toBe(1);
  });

  it("lets the command line win over the config", async () => {
    const { cwd, reports } = workspace();
    writeFileSync(join(cwd, "baocao.config.json"), JSON.stringify({ failOn: "never" }));
    expect((await run(["audit", reports, "--fail-on", "error"], "", { cwd })).code).toBe(1);
  });

  it("uses the config's language for usage errors when the command line names none", async () => {
    const { cwd } = workspace();
    writeFileSync(join(cwd, "baocao.config.json"), JSON.stringify({ lang: "en" }));
    const { code, stderr } = await runWithoutLang(["audit", "--bogus", "x"], cwd);
    expect(code).toBe(2);
    expect(stderr).toBe("baocao: unknown option --bogus (see baocao --help)\n");
    writeFileSync(join(cwd, "baocao.config.json"), "{}");
    expect((await runWithoutLang(["audit", "--bogus", "x"], cwd)).stderr).toBe(
      "baocao: không có tùy chọn --bogus (xem baocao --help)\n",
    );
  });

  it.each([
    [
      { lang: "fr" },
      'lang: must be one of vi, en (got "fr")',
      'lang: phải là một trong vi, en (nhận được "fr")',
    ],
    [
      { codes: { NOT_A_CODE: "off" } },
      "codes: no finding code NOT_A_CODE",
      "codes: không có mã phát hiện NOT_A_CODE",
    ],
    [
      { failOn: "sometimes" },
      'failOn: must be one of error, warning, info, never (got "sometimes")',
      'failOn: phải là một trong error, warning, info, never (nhận được "sometimes")',
    ],
    [{ colour: true }, "(root): unknown key colour", "(gốc): khóa không có trong lược đồ: colour"],
    [
      { registry: "yes" },
      'registry: expected true or false (got "yes")',
      'registry: cần true hoặc false (nhận được "yes")',
    ],
    [{ ignore: [""] }, "ignore.0: must not be empty", "ignore.0: không được để trống"],
  ])("refuses %j in one line naming the key, in the run's language", async (config, en, vi) => {
    const { cwd, reports } = workspace();
    const path = join(cwd, "baocao.config.json");
    writeFileSync(path, JSON.stringify(config));
    const { code, stderr } = await run(["audit", reports], "", { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      `baocao: ${path} does not fit its schema (baocao/config.schema.json): ${en}\n`,
    );
    const said = await run(["audit", reports, "--lang", "vi"], "", { cwd });
    expect(said.stderr).toBe(
      `baocao: ${path} không đúng lược đồ (baocao/config.schema.json): ${vi}\n`,
    );
  });

  it("reads a missing acceptanceFile as empty, with one notice, until --accept creates it", async () => {
    const { cwd, reports } = workspace();
    // The example config of docs/cli.md, as a project would commit it before any --accept.
    const cliDoc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
    const example = /## The config file[\s\S]*?```json\n([\s\S]*?)```/.exec(cliDoc)?.[1] ?? "";
    expect(JSON.parse(example).acceptanceFile).toBe("review/baocao.accepted.json");
    writeFileSync(join(cwd, "baocao.config.json"), example);
    const path = join(cwd, "review", "baocao.accepted.json");
    const first = await run(["audit", reports, "--lang", "en"], "", { cwd });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("PERCENT_INCONSISTENT");
    expect(first.stderr).toBe(
      `baocao: the acceptance file ${path} (the config's acceptanceFile) does not exist yet: no finding is accepted (--accept creates it)\n`,
    );
    const vi = await run(["audit", reports, "--lang", "vi"], "", { cwd });
    expect(lines(vi.stderr)).toEqual([
      `baocao: tệp chấp nhận ${path} (khóa acceptanceFile của tệp cấu hình) chưa có: chưa phát hiện nào được chấp nhận (--accept sẽ tạo tệp)`,
    ]);
    const accepting = await run(["audit", reports, "--accept"], "", { cwd });
    expect(lines(accepting.stderr)).toEqual([`baocao: 2 findings accepted in ${path}`]);
    const after = await run(["audit", reports], "", { cwd });
    expect(after.code).toBe(0);
    expect(after.stderr).toBe("");
    expect(after.stdout).toContain("2 accepted findings hidden");
  });

  it("still refuses an acceptanceFile that exists but cannot be read or is not valid", async () => {
    const { cwd, reports } = workspace();
    writeFileSync(join(cwd, "baocao.config.json"), JSON.stringify({ acceptanceFile: "ok.json" }));
    mkdirSync(join(cwd, "ok.json"));
    const folder = await run(["audit", reports], "", { cwd });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(
      /^baocao: cannot read the acceptance file .*ok\.json \(EISDIR\)\n$/,
    );
    writeFileSync(join(cwd, "baocao.config.json"), JSON.stringify({ acceptanceFile: "bad.json" }));
    writeFileSync(join(cwd, "bad.json"), "{ nope");
    const bad = await run(["audit", reports], "", { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: not valid JSON/);
  });

  it("says a config's problems as docs/cli.md shows them, in each language", async () => {
    const { cwd, reports } = workspace();
    writeFileSync(join(cwd, "baocao.config.json"), '{ "failOn": "fatal", "colour": true }');
    const cliDoc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
    const shown = /## One language[\s\S]*?```text\n[\s\S]*?```[\s\S]*?```text\n([\s\S]*?)```/.exec(
      cliDoc,
    )?.[1];
    const said = await Promise.all(
      ["vi", "en"].map(
        async (lang) => (await run(["audit", reports, "--lang", lang], "", { cwd })).stderr,
      ),
    );
    expect(said.join("").replaceAll(cwd, "/work")).toBe(shown);
  });

  it("puts the acceptance file beside the config, or where acceptanceFile says", async () => {
    const { cwd, reports } = workspace();
    writeFileSync(join(cwd, "baocao.config.json"), "{}");
    await run(["audit", reports, "--accept"], "", { cwd: join(reports, "huyen") });
    expect(readFileSync(join(cwd, "baocao.accepted.json"), "utf8")).toContain("huyen/xa.txt");
    writeFileSync(
      join(cwd, "baocao.config.json"),
      JSON.stringify({ acceptanceFile: "review/ok.json" }),
    );
    await run(["audit", reports, "--accept"], "", { cwd: reports });
    expect(readFileSync(join(cwd, "review", "ok.json"), "utf8")).toContain("huyen/xa.txt");
  });
});

describe("--min-severity and --quiet", () => {
  const report = join(mkdtempSync(join(tmpdir(), "baocao-quiet-")), "mixed.txt");
  // An error (the share) and a note (the unwritten earlier value of a change).
  writeFileSync(
    report,
    "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\nNăm nay xảy ra 420 vụ, giảm 30 vụ (-6,67%) so với cùng kỳ.\n",
  );

  it("lists only findings at or above it, and says how many were not listed", async () => {
    const all = await run(["audit", report]);
    expect(all.stdout).toContain("info      CHANGE_IMPLIED_BASE");
    const quiet = await run(["audit", report, "--quiet"]);
    expect(quiet.stdout).not.toContain("CHANGE_IMPLIED_BASE");
    expect(quiet.stdout).toContain("1 finding below --min-severity not listed");
    expect(quiet.stdout).toMatch(/1 error, 0 warnings, 1 info; .*; 1 not listed\n$/);
    const json = onlyFile(
      (await run(["audit", report, "--min-severity", "warning", "-f", "json"])).stdout,
    );
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["PERCENT_INCONSISTENT"]);
    expect(json.stats).toMatchObject({ error: 1, info: 1, unlisted: 1 });
  });

  it("leaves --fail-on to what is reported, listed or not", async () => {
    expect((await run(["audit", report, "--quiet", "--fail-on", "info"])).code).toBe(1);
    expect((await run(["audit", report, "--min-severity", "bad"])).stderr).toMatch(
      /--min-severity must be one of error, warning, info/,
    );
  });

  it("takes the Vietnamese severity names the text output shows, in any case or Unicode form", async () => {
    // The report has an error and an info finding; an info finding alone fails only on thông tin.
    const onInfo = await run(["audit", report, "--fail-on", "thông tin", "--min-severity", "lỗi"]);
    expect(onInfo.stderr).toBe("");
    expect(onInfo.stdout).toBe(
      (await run(["audit", report, "--fail-on", "info", "--min-severity", "error"])).stdout,
    );
    expect(onInfo.stdout).toContain("1 finding below --min-severity not listed");
    const fixed = join(mkdtempSync(join(tmpdir(), "baocao-quiet-")), "info-only.txt");
    writeFileSync(fixed, "Năm nay xảy ra 420 vụ, giảm 30 vụ (-6,67%) so với cùng kỳ.\n");
    expect((await run(["audit", fixed, "--fail-on", "thông tin"])).code).toBe(1);
    expect((await run(["audit", fixed, "--fail-on", "cảnh báo"])).code).toBe(0);
    // Decomposed letters (as some terminals send them) and capitals name the same severity.
    expect((await run(["audit", fixed, "--fail-on", "THÔNG TIN".normalize("NFD")])).code).toBe(1);
    expect((await run(["audit", fixed, "--min-severity", "Cảnh báo"])).stdout).toContain(
      "1 finding below --min-severity not listed",
    );
    const bad = await run(["audit", fixed, "--fail-on", "nặng", "--lang", "vi"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'baocao: --fail-on phải là một trong error, warning, info, never (hoặc lỗi, cảnh báo, thông tin) (nhận được "nặng")\n',
    );
  });
});
