import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReport } from "../../bench/generate.js";

// Needs the build: run by `npm run test:built` (part of `npm test`, after `npm run build`).
const enabled = process.env.BAOCAO_BUILT_TESTS === "1";
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");

function cli(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    // Not in GitHub Actions, whatever runs the tests, unless a test says so.
    env: { ...process.env, CI: "1", GITHUB_ACTIONS: "", ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.runIf(enabled)("the built CLI", () => {
  let dir = "";
  beforeAll(() => {
    expect(existsSync(join(ROOT, "dist", "cli-worker.js"))).toBe(true);
    dir = mkdtempSync(join(tmpdir(), "baocao-dist-"));
    // 12 reports of 100 KB: over the 1 MB from which the CLI starts its worker pool.
    for (let seed = 1; seed <= 12; seed++) {
      writeFileSync(
        join(dir, `r${String(seed).padStart(2, "0")}.txt`),
        generateReport({ seed, bytes: 100_000 }).text,
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("audits a batch on worker threads with the same report as on one thread", () => {
    const pooled = cli(["audit", dir, "--format", "json", "--jobs", "2"]);
    const single = cli(["audit", dir, "--format", "json", "--jobs", "1"]);
    expect(pooled.stderr).toBe("");
    expect(pooled.code).toBe(1);
    const { files } = JSON.parse(pooled.stdout) as {
      files: { file: string; findings: unknown[] }[];
    };
    expect(files.map((f) => f.file.slice(dir.length + 1))).toEqual(
      Array.from({ length: 12 }, (_, i) => `r${String(i + 1).padStart(2, "0")}.txt`),
    );
    expect(files.every((f) => f.findings.length > 0)).toBe(true);
    expect(pooled).toEqual(single);
  });

  it("names an unreadable file of a pooled batch on one line, audits the others, exit 2", () => {
    const bad = join(dir, "zz-latin1.txt");
    writeFileSync(bad, Buffer.from([0x78, 0xe3, 0x20, 0xff, 0xfe]));
    try {
      const { code, stdout, stderr } = cli([
        "audit",
        dir,
        "--jobs",
        "2",
        "--format",
        "json",
        "--lang",
        "en",
      ]);
      expect(code).toBe(2);
      const { files } = JSON.parse(stdout) as {
        files: { file: string; error: { code: string } | null }[];
      };
      expect(files).toHaveLength(13);
      expect(files.at(-1)).toMatchObject({ file: bad, error: { code: "NOT_TEXT" } });
      expect(files.filter((f) => f.error === null)).toHaveLength(12);
      expect(stderr).toMatch(/zz-latin1\.txt.*not UTF-8/);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    } finally {
      rmSync(bad);
    }
  });

  it("draws no progress bar when its output is piped", () => {
    const { stderr } = cli(["audit", dir, "--fail-on", "never"]);
    expect(stderr).toBe("");
  });

  it("loads the commune registry for --registry", () => {
    const file = join(dir, "units.md");
    writeFileSync(file, "Huyện Sông Lô có 15 xã.\n");
    try {
      const { code, stdout, stderr } = cli([
        "audit",
        file,
        "--registry",
        "--report-date",
        "2025-04-01",
        "--lang",
        "en",
      ]);
      expect(stderr).toBe("");
      expect(code).toBe(1);
      expect(stdout).toContain("UNIT_REGISTRY_COUNT_MISMATCH");
    } finally {
      rmSync(file);
    }
  });

  it("audits the sample report", () => {
    const { code, stdout } = cli(["audit", "examples/sample-report.txt", "--lang", "en"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/\d+ errors, \d+ warnings, \d+ info; \d+ claims checked/);
  });

  it("reviews a pooled batch on its threads: accepted findings hidden, SARIF and annotations written", () => {
    const cwd = mkdtempSync(join(tmpdir(), "baocao-dist-review-"));
    try {
      const accepting = cli(["audit", dir, "--jobs", "2", "--accept", "--lang", "en"], {}, cwd);
      expect(accepting.code).toBe(0);
      const total = Number(/(\d+) findings accepted/.exec(accepting.stderr)?.[1]);
      expect(total).toBeGreaterThan(0);
      const sarif = join(cwd, "audit.sarif");
      const after = cli(
        ["audit", dir, "--jobs", "2", "-f", "json", "-f", `sarif:${sarif}`, "--show-accepted"],
        { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: cwd },
        cwd,
      );
      expect(after.code).toBe(0);
      const summary = (JSON.parse(after.stdout) as { summary: { accepted: number; error: number } })
        .summary;
      expect(summary.error).toBe(0);
      expect(summary.accepted).toBeGreaterThanOrEqual(total);
      const log = JSON.parse(readFileSync(sarif, "utf8"));
      expect(log.version).toBe("2.1.0");
      expect(
        log.runs[0].results.every(
          (r: { suppressions?: unknown[] }) => r.suppressions?.length === 1,
        ),
      ).toBe(true);
      expect(after.stderr).toMatch(/^::error file=.*r01\.txt,line=\d+,col=\d+,title=[A-Z_]+::/m);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("npm run sample prints the audit, not a build log", () => {
    const run = spawnSync("npm", ["run", "sample", "--", "--lang", "en"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, CI: "1", GITHUB_ACTIONS: "", BAOCAO_NO_BUILD: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // npm's own two lines naming the script, then the audit and nothing else.
    const audit = cli(["audit", "examples/sample-report.txt", "--lang", "en"]).stdout;
    expect(run.stdout).toBe(
      `\n> baocao@${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version} sample\n> node scripts/sample.mjs --lang en\n\n${audit}`,
    );
    expect(run.stderr).toBe("");
  });
});
