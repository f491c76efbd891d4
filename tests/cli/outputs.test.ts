import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileIdentity } from "../../src/cli/write.js";
import { lines, onlyFile, run } from "./run-cli.js";

const REPORT = "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\n";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "baocao-out-"));
  writeFileSync(join(dir, "report.txt"), REPORT);
  return dir;
}

describe("--out never overwrites an input", () => {
  const dir = folder();
  const report = join(dir, "report.txt");
  linkSync(report, join(dir, "hard-link.txt"));
  symlinkSync(report, join(dir, "soft-link.txt"));

  it.each([
    ["the same name", report],
    [
      "another spelling of its path",
      join(dir, ".", "..", dir.split("/").at(-1) ?? "", "report.txt"),
    ],
    ["a hard link to it (same device and inode)", join(dir, "hard-link.txt")],
    ["a symbolic link to it", join(dir, "soft-link.txt")],
  ])("refuses %s, before reading anything, and leaves the report as it was", async (_, out) => {
    for (const format of ["text", "json"]) {
      const { code, stdout, stderr } = await run([
        "audit",
        report,
        "--format",
        format,
        "--out",
        out,
      ]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(lines(stderr)).toEqual([
        `baocao: --out ${out} is the same file as the input ${report}: writing there would destroy it (choose another file)`,
      ]);
      expect(readFileSync(report, "utf8")).toBe(REPORT);
    }
  });

  it("refuses an input found in a folder, and standard input's own file", async () => {
    const found = await run(["audit", dir, "--out", join(dir, "hard-link.txt")]);
    expect(found.code).toBe(2);
    expect(found.stderr).toMatch(
      /is the same file as the input .*(report|hard-link|soft-link)\.txt/,
    );
    const piped = await run(["audit", "-", "--out", report], REPORT, {
      stdinIdentity: fileIdentity(statSync(report)),
    });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toMatch(/is the same file as standard input/);
    expect(readFileSync(report, "utf8")).toBe(REPORT);
    // Standard input not read: its file may be written.
    const out = join(dir, "stdin-not-read.txt");
    writeFileSync(out, "old");
    const other = await run(["audit", report, "--out", out], "", {
      stdinIdentity: fileIdentity(statSync(out)),
    });
    expect(other.code).toBe(1);
  });

  it("refuses an HTML page or index that would land on an input", async () => {
    const site = folder();
    const index = join(site, "index.html");
    writeFileSync(index, REPORT);
    const { code, stderr } = await run([
      "audit",
      index,
      join(site, "report.txt"),
      "--format",
      "html",
      "--out",
      site,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/index\.html is the same file as the input/);
    expect(readFileSync(index, "utf8")).toBe(REPORT);
  });

  it("refuses --out onto the file baocao convert reads", async () => {
    const { code } = await run(["convert", report, "--out", join(dir, "soft-link.txt")]);
    expect(code).toBe(2);
    expect(readFileSync(report, "utf8")).toBe(REPORT);
  });
});

describe("--out is written whole, where it can be", () => {
  it("creates missing parent folders", async () => {
    const dir = folder();
    const out = join(dir, "a", "b", "audit.json");
    const { code, stderr } = await run(["audit", join(dir, "report.txt"), "-f", "json", "-o", out]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(onlyFile(readFileSync(out, "utf8")).stats.error).toBe(1);
  });

  it.each([
    [
      "a folder",
      (dir: string) => dir,
      /cannot write .*: it is a folder \(give a file name; a folder is for --format html\)/,
    ],
    [
      "a path through a file",
      (dir: string) => join(dir, "report.txt", "x.json"),
      /cannot write .*x\.json: a part of the path is a file, not a folder \((ENOTDIR|EEXIST)\)/,
    ],
  ])(
    "says in one line why it cannot write to %s (exit 2, no internal error)",
    async (_, outOf, message) => {
      const dir = folder();
      for (const format of ["text", "json"]) {
        const { code, stdout, stderr } = await run([
          "audit",
          join(dir, "report.txt"),
          "--format",
          format,
          "--out",
          outOf(dir),
        ]);
        expect(code).toBe(2);
        expect(stdout).toBe("");
        expect(lines(stderr)).toHaveLength(1);
        expect(stderr).toMatch(message);
        expect(stderr).not.toMatch(/internal error/);
      }
    },
  );

  it("replaces a file in one step: no temporary file left, its permissions kept", async () => {
    const dir = folder();
    const out = join(dir, "audit.txt");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    await run(["audit", join(dir, "report.txt"), "--out", out]);
    expect(readFileSync(out, "utf8")).toMatch(/PERCENT_INCONSISTENT/);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(["audit.txt", "report.txt"]);
  });

  it("writes through a symbolic link, which stays a link", async () => {
    const dir = folder();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "audit.txt"), "old");
    symlinkSync(join(dir, "real", "audit.txt"), join(dir, "link.txt"));
    await run(["audit", join(dir, "report.txt"), "--out", join(dir, "link.txt")]);
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real", "audit.txt"), "utf8")).toMatch(/PERCENT_INCONSISTENT/);
    expect(readdirSync(join(dir, "real"))).toEqual(["audit.txt"]);
  });

  it("writes to a device directly, never replacing it", async () => {
    const dir = folder();
    const { code } = await run(["audit", join(dir, "report.txt"), "--out", "/dev/null"]);
    expect(code).toBe(1);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("says in one line that a full device cannot be written (exit 2)", async () => {
    const dir = folder();
    const { code, stderr } = await run(["audit", join(dir, "report.txt"), "--out", "/dev/full"]);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([
      "baocao: cannot write /dev/full: no space left on the device (ENOSPC)",
    ]);
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("keeps the per-report pages in the folder --out names", async () => {
    const dir = folder();
    writeFileSync(join(dir, "other.md"), REPORT);
    const site = join(dir, "new", "site");
    const { code } = await run(["audit", dir, "--format", "html", "--out", `${site}/`]);
    expect(code).toBe(1);
    const pages = readdirSync(site).sort();
    expect(pages).toHaveLength(3);
    expect(pages.filter((p) => /(other\.md|report\.txt)\.html$/.test(p))).toHaveLength(2);
    expect(pages).toContain("index.html");
  });
});
