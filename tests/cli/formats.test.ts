import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "../../src/cli/format-github.js";
import { xml } from "../../src/cli/format-junit.js";
import { auditJson, lines, onlyFile, run } from "./run-cli.js";

const require = createRequire(import.meta.url);
const root = new URL("../../", import.meta.url);
const shipped = (name: string) => JSON.parse(readFileSync(new URL(name, root), "utf8"));

/** The JSON output's validator: audit.schema.json as the package ships it (draft 2020-12). */
const ajv2020 = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv2020);
const validAudit = ajv2020.compile(shipped("audit.schema.json"));

/** The official SARIF 2.1.0 schema (draft-04), as @microsoft/jest-sarif ships it. */
const sarifSchema = JSON.parse(
  readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
);
// The official schema has one pattern (`language`) that is not valid with the u flag.
const ajv04 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv04);
const validSarif = ajv04.compile(sarifSchema);

const WRONG = "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\n";
const dir = mkdtempSync(join(tmpdir(), "baocao-formats-"));
const reports = join(dir, "reports");
mkdirSync(join(reports, "huyen"), { recursive: true });
writeFileSync(join(reports, "a.txt"), `Hà Nội, ngày 05 tháng 3 năm 2024\n${WRONG}`);
// Characters every format must carry safely: XML's five, quotes, a comma and colon for
// workflow commands, a percent sign, and a control character.
writeFileSync(
  join(reports, "huyen", "b <&'\">,:%.md"),
  "Toàn xã có 2.400 hộ; hộ nghèo 126 hộ, chiếm 5,75%.\n\u001b[2J Thôn có 40 hộ.\n",
);
writeFileSync(join(reports, "huyen", "scan.pdf"), "%PDF-1.4\nnot really a pdf\n");

function errorsOf(validate: { errors?: unknown }): string {
  return JSON.stringify(validate.errors, null, 2);
}

describe("--format json", () => {
  it("is one object with a version and files, valid against audit.schema.json", async () => {
    const one = await run(["audit", join(reports, "a.txt"), "-f", "json"]);
    const single = auditJson(one.stdout);
    expect(validAudit(single), errorsOf(validAudit)).toBe(true);
    expect(single.version).toBe(2);
    expect(single.files).toHaveLength(1);
    expect(single.files[0]?.findings[0]).toMatchObject({
      code: "PERCENT_INCONSISTENT",
      severity: "error",
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const batch = await run(["audit", reports, "-f", "json"]);
    expect(batch.code).toBe(2);
    const several = auditJson(batch.stdout);
    expect(validAudit(several), errorsOf(validAudit)).toBe(true);
    expect(several.files.map((f) => f.key)).toEqual([
      "a.txt",
      "huyen/b <&'\">,:%.md",
      "huyen/scan.pdf",
    ]);
    expect(several.files[2]?.error?.code).toBe("CORRUPT_FILE");
    expect(several.summary).toMatchObject({ files: 3, unread: 1, error: 2 });
  });

  it("stays valid with --show-accepted, stale entries and --min-severity", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "baocao-formats-cwd-"));
    await run(["audit", reports, "--accept"], "", { cwd });
    const shown = auditJson(
      (await run(["audit", reports, "-f", "json", "--show-accepted"], "", { cwd })).stdout,
    );
    expect(validAudit(shown), errorsOf(validAudit)).toBe(true);
    expect(shown.summary.accepted).toBe(2);
    const quiet = auditJson(
      (await run(["audit", reports, "-f", "json", "--quiet"], "", { cwd })).stdout,
    );
    expect(validAudit(quiet), errorsOf(validAudit)).toBe(true);
  });

  it("names the severity the same in JSON, text, stats and --fail-on", async () => {
    const file = join(dir, "change.txt");
    writeFileSync(file, "Năm nay xảy ra 420 vụ, giảm 30 vụ (-6,67%) so với cùng kỳ.\n");
    const json = onlyFile((await run(["audit", file, "-f", "json"])).stdout);
    expect(json.findings[0].severity).toBe("info");
    expect(json.stats).toMatchObject({ info: 1 });
    const text = await run(["audit", file]);
    expect(text.stdout).toContain("info      CHANGE_IMPLIED_BASE");
    expect(text.stdout).toMatch(/0 errors, 0 warnings, 1 info;/);
    expect(text.code).toBe(0);
    expect((await run(["audit", file, "--fail-on", "info"])).code).toBe(1);
  });
});

describe("--format sarif", () => {
  it("is valid against the official SARIF 2.1.0 schema", async () => {
    const { code, stdout } = await run(["audit", reports, "-f", "sarif"]);
    expect(code).toBe(2);
    const log = JSON.parse(stdout);
    expect(validSarif(log), errorsOf(validSarif)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "PERCENT_INCONSISTENT",
    ]);
    expect(sarifRun.results).toHaveLength(2);
    const [first] = sarifRun.results;
    expect(first).toMatchObject({
      ruleId: "PERCENT_INCONSISTENT",
      level: "error",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: expect.stringMatching(/reports\/a\.txt$/) },
            region: {
              startLine: 2,
              startColumn: 18,
              endLine: 2,
              snippet: { text: "47/52 đơn (đạt 91,4%" },
            },
          },
        },
      ],
      partialFingerprints: { "baocao/v1": expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const uri: string = sarifRun.results[1].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).not.toMatch(/[ <>"]/);
    expect(decodeURIComponent(uri).endsWith("huyen/b <&'\">,:%.md")).toBe(true);
    expect(sarifRun.invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: "error", descriptor: { id: "CORRUPT_FILE" } }],
    });
  });

  it("marks a listed accepted finding as suppressed, and stays valid", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "baocao-sarif-cwd-"));
    const file = join(reports, "a.txt");
    await run(["audit", file, "--accept"], "", { cwd });
    const { stdout } = await run(["audit", file, "-f", "sarif", "--show-accepted"], "", { cwd });
    const log = JSON.parse(stdout);
    expect(validSarif(log), errorsOf(validSarif)).toBe(true);
    expect(log.runs[0].results[0].suppressions).toEqual([{ kind: "external", status: "accepted" }]);
  });
});

describe("--format junit", () => {
  it("writes a suite per file, failures at --fail-on, and escapes what XML cannot hold", async () => {
    const { stdout } = await run(["audit", reports, "-f", "junit"]);
    expect(
      stdout.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="baocao" tests="3" failures="2" errors="1">',
      ),
    ).toBe(true);
    expect(stdout.match(/<testsuite /g)).toHaveLength(3);
    expect(stdout).toContain('name="huyen/b &lt;&amp;&apos;&quot;&gt;,:%.md"');
    expect(stdout).toContain('<error type="CORRUPT_FILE"');
    // No raw control character, and every tag closed.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking there is none.
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(stdout.match(/<testcase /g)?.length).toBe(
      (stdout.match(/<\/testcase>/g)?.length ?? 0) +
        (stdout.match(/<testcase [^>]*\/>/g)?.length ?? 0),
    );
    const lenient = await run(["audit", reports, "-f", "junit", "--fail-on", "never"]);
    expect(lenient.stdout).toContain('failures="0" errors="1"');
    expect(lenient.stdout).toContain("<system-out>error PERCENT_INCONSISTENT: ");
  });

  it("escapes text for attributes and elements", () => {
    expect(xml(`a<b>&"c"'\n\u0001\ud800`)).toBe(
      "a&lt;b&gt;&amp;&quot;c&quot;&apos;&#10;\\x01\\xd800",
    );
  });
});

describe("several formats in one run", () => {
  it("writes each where it is asked, auditing once", async () => {
    const out = mkdtempSync(join(tmpdir(), "baocao-multi-"));
    const { code, stdout, stderr } = await run([
      "audit",
      reports,
      "--format",
      "text",
      "--format",
      `sarif:${join(out, "audit.sarif")}`,
      "--format",
      `json:${join(out, "audit.json")}`,
      "--format",
      `junit:${join(out, "junit.xml")}`,
      "--format",
      `html:${join(out, "pages")}/`,
    ]);
    expect(code).toBe(2);
    expect(lines(stderr)).toHaveLength(1);
    expect(stdout).toMatch(/2 errors, .* in 3 files \(1 not read\)\n$/);
    expect(validSarif(JSON.parse(readFileSync(join(out, "audit.sarif"), "utf8")))).toBe(true);
    expect(validAudit(JSON.parse(readFileSync(join(out, "audit.json"), "utf8")))).toBe(true);
    expect(readFileSync(join(out, "junit.xml"), "utf8")).toContain("<testsuites");
    const index = readFileSync(join(out, "pages", "index.html"), "utf8");
    expect(index).toContain('href="a.txt.html"');
    expect(readFileSync(join(out, "pages", "a.txt.html"), "utf8")).toContain("<html");
  });

  it.each([
    [["-f", "text", "-f", "json"], /only one format can go to standard output/],
    [["-f", "sarif:x.sarif", "-f", "json:x.sarif"], /two formats would be written to x\.sarif/],
    [["-f", "yaml"], /--format must be one of text, json, html, sarif, junit/],
    [["-f", "sarif:"], /a path is needed after the colon/],
  ])("refuses %j in one line before reading anything", async (flags, message) => {
    const { code, stdout, stderr } = await run(["audit", reports, ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe("GitHub Actions annotations", () => {
  it("are written on standard error when GITHUB_ACTIONS=true, escaped", async () => {
    const { stderr, stdout } = await run(["audit", reports, "-f", "json"], "", {
      env: { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: dir },
    });
    expect(validAudit(JSON.parse(stdout))).toBe(true);
    const annotations = lines(stderr).filter((l) => l.startsWith("::"));
    expect(annotations).toEqual([
      "::error file=reports/a.txt,line=2,col=18,title=PERCENT_INCONSISTENT::47/52 ≈ 90.38%25, which rounds to 90.4%25; the stated 91.4%25 does not match (off by about 1.02 percentage points); with the part 47, no whole-number base gives the stated share « 47/52 đơn (đạt 91,4%25 »",
      expect.stringMatching(
        /^::error file=reports\/huyen\/b <&'">%2C%3A%25\.md,line=1,col=31,title=PERCENT_INCONSISTENT::.* « 126 hộ, chiếm 5,75%25 »$/,
      ),
      expect.stringMatching(
        /^::error file=reports\/huyen\/scan\.pdf,title=CORRUPT_FILE::not read: damaged PDF/,
      ),
    ]);
  });

  it("are not written elsewhere, nor with --no-annotations", async () => {
    expect((await run(["audit", reports])).stderr).not.toContain("::");
    const off = await run(["audit", reports, "--no-annotations"], "", {
      env: { GITHUB_ACTIONS: "true" },
    });
    expect(off.stderr).not.toContain("::");
  });

  it("escape data and properties as the toolkit does, and show control characters", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done\\x0d\\x0anext");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
    expect(escapeData("::error::x\u001b")).toBe("::error::x\\x1b");
  });
});
