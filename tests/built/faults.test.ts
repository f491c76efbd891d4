import { type SpawnSyncOptions, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReport } from "../../bench/generate.js";
import { docxBomb } from "../readers/make-bombs.js";

// Faults a real process meets: a reader that quits, a full disk, a file-size limit, files it may
// not read, named pipes and devices in a folder, the machine's locale. Needs the build: run by
// `npm run test:built` (part of `npm test`).
const enabled = process.env.BAOCAO_BUILT_TESTS === "1";
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const WRONG = "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\n";

interface Result {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function sh(script: string, options: SpawnSyncOptions = {}): Result {
  const run = spawnSync("bash", ["-c", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    // Not in GitHub Actions, whatever runs the tests: annotations would join standard error.
    env: { ...process.env, CI: "1", CLI, GITHUB_ACTIONS: "" },
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  return {
    code: run.status,
    signal: run.signal,
    stdout: String(run.stdout),
    stderr: String(run.stderr),
  };
}

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

/** How to run a command as an unprivileged user (tests run as root in CI), if there is a way. */
function unprivileged(): string | undefined {
  if (process.getuid?.() !== 0) return "";
  if (existsSync("/usr/bin/setpriv") || existsSync("/bin/setpriv"))
    return "setpriv --reuid=65534 --regid=65534 --clear-groups";
  if (existsSync("/usr/sbin/runuser") || existsSync("/sbin/runuser")) return "runuser -u nobody --";
  return undefined;
}
const AS_USER = unprivileged();

describe.runIf(enabled)("the built CLI under faults", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "baocao-faults-"));
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, "big"));
    // Enough output to fill a pipe many times over.
    for (let seed = 1; seed <= 3; seed++)
      writeFileSync(
        join(dir, "big", `r${seed}.txt`),
        generateReport({ seed, bytes: 200_000 }).text,
      );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe("standard output", () => {
    it.each([
      ["--fail-on error", 1],
      ["--fail-on never", 0],
    ])(
      "to a reader that quits (| head), %s: the status it would have had, nothing on standard error",
      (flags, status) => {
        const { stdout, stderr } = sh(
          `node "$CLI" --lang en audit "${dir}/big" ${flags} --format json 2>"${dir}/err" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "${dir}/err"`,
        );
        expect(stdout).toBe(`${status}\n`);
        expect(stderr).toBe("");
      },
    );

    it("to a full device (/dev/full): one line, exit 2", () => {
      const { code, stdout, stderr } = sh(`node "$CLI" --lang en audit "${dir}/big" >/dev/full`);
      expect(stdout).toBe("");
      expect(code).toBe(2);
      expect(lines(stderr)).toEqual([
        "baocao: cannot write to standard output: no space left on the device (ENOSPC)",
      ]);
    });
  });

  describe("--out on a full disk (a file-size limit)", () => {
    it("keeps the old file whole, leaves no temporary file, says why in one line (exit 2)", () => {
      const out = join(dir, "out", "audit.json");
      mkdirSync(join(dir, "out"), { recursive: true });
      writeFileSync(out, "the previous audit\n");
      // ulimit -f counts blocks of 1024 bytes: 8 KB, far less than the output.
      const { code, stderr } = sh(
        `ulimit -f 8; exec node "$CLI" --lang en audit "${dir}/big" --format json --out "${out}"`,
      );
      expect(code).toBe(2);
      expect(lines(stderr)).toEqual([
        `baocao: cannot write ${out}: the file would be larger than this system or its limits allow (ulimit -f) (EFBIG)`,
      ]);
      expect(readFileSync(out, "utf8")).toBe("the previous audit\n");
      expect(readdirSync(join(dir, "out"))).toEqual(["audit.json"]);
    });
  });

  describe("a folder holding what is not a regular file", () => {
    it.each([
      ["a named pipe", "pipe.txt", (path: string) => sh(`mkfifo "${path}"`), "a named pipe (FIFO)"],
      [
        "a link to /dev/zero",
        "zero.txt",
        (path: string) => symlinkSync("/dev/zero", path),
        "a link to a device",
      ],
      [
        "a link to /dev/urandom",
        "random.md",
        (path: string) => symlinkSync("/dev/urandom", path),
        "a link to a device",
      ],
    ])(
      "is not read when it holds %s: a notice names it, the rest is audited",
      (_, name, make, kind) => {
        const folder = join(dir, `special-${name}`);
        mkdirSync(folder);
        writeFileSync(join(folder, "report.txt"), WRONG);
        make(join(folder, name));
        const { code, signal, stdout, stderr } = sh(
          `node "$CLI" --lang en audit "${folder}" --format json`,
          {
            timeout: 20_000,
          },
        );
        expect(signal).toBeNull();
        expect(code).toBe(1);
        expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual([
          join(folder, "report.txt"),
        ]);
        expect(lines(stderr)).toEqual([
          `baocao: ${join(folder, name)}: not read: ${kind}, not a regular file`,
        ]);
      },
    );
  });

  describe.runIf(AS_USER !== undefined)("as an unprivileged user", () => {
    it("gives an unreadable file and an unreadable subfolder their entries; the rest is audited", () => {
      const folder = join(dir, "perm");
      mkdirSync(join(folder, "locked"), { recursive: true });
      mkdirSync(join(folder, "open"));
      writeFileSync(join(folder, "a.txt"), WRONG);
      writeFileSync(join(folder, "b-secret.txt"), WRONG);
      writeFileSync(join(folder, "locked", "c.txt"), WRONG);
      writeFileSync(join(folder, "open", "d.md"), WRONG);
      for (const path of [folder, join(folder, "open")]) chmodSync(path, 0o755);
      for (const path of [join(folder, "a.txt"), join(folder, "open", "d.md")])
        chmodSync(path, 0o644);
      chmodSync(join(folder, "b-secret.txt"), 0o000);
      chmodSync(join(folder, "locked"), 0o000);
      const { code, stdout, stderr } = sh(
        `${AS_USER} node "$CLI" --lang en audit "${folder}" --format json`,
      );
      expect(code).toBe(2);
      const { files } = JSON.parse(stdout) as {
        files: { file: string; error: { code: string; message: string } | null }[];
      };
      expect(files.map((f) => [f.file.slice(folder.length + 1), f.error ?? null])).toEqual([
        ["a.txt", null],
        ["b-secret.txt", { code: "READ_FAILED", message: "cannot read (EACCES)" }],
        ["locked", { code: "READ_FAILED", message: "cannot read this folder (EACCES)" }],
        ["open/d.md", null],
      ]);
      expect(lines(stderr)).toEqual([
        `baocao: ${join(folder, "b-secret.txt")}: cannot read (EACCES)`,
        `baocao: ${join(folder, "locked")}: cannot read this folder (EACCES)`,
      ]);
    });

    it("says in one line that --out cannot be written in a folder it may not write (exit 2)", () => {
      const folder = join(dir, "readonly");
      mkdirSync(folder);
      writeFileSync(join(folder, "r.txt"), WRONG);
      chmodSync(join(folder, "r.txt"), 0o644);
      chmodSync(folder, 0o555);
      const out = join(folder, "audit.json");
      const { code, stderr } = sh(
        `${AS_USER} node "$CLI" --lang en audit "${folder}/r.txt" --format json --out "${out}"`,
      );
      expect(code).toBe(2);
      expect(lines(stderr)).toEqual([`baocao: cannot write ${out}: permission denied (EACCES)`]);
      expect(readdirSync(folder)).toEqual(["r.txt"]);
    });
  });

  it.skipIf(AS_USER !== undefined)(
    "cannot check permissions: no setpriv or runuser to drop root",
    () => {
      expect(AS_USER).toBeUndefined();
    },
  );

  it("orders a folder's files the same in every locale, by code point", () => {
    const folder = join(dir, "locale");
    mkdirSync(folder);
    for (const name of ["b.txt", "Đ.txt", "a.txt", "B.txt", "ă.txt", "Z.txt"])
      writeFileSync(join(folder, name), WRONG);
    const orders = ["C", "C.UTF-8", "vi_VN.UTF-8", "sv_SE.UTF-8", "en_US.UTF-8"].map((locale) => {
      const { stdout } = sh(`node "$CLI" --lang en audit "${folder}" --format json`, {
        env: { ...process.env, CLI, GITHUB_ACTIONS: "", LC_ALL: locale, LANG: locale },
      });
      const { files } = JSON.parse(stdout) as { files: { file: string }[] };
      return files.map((f) => f.file.slice(folder.length + 1));
    });
    for (const order of orders)
      expect(order).toEqual(["B.txt", "Z.txt", "a.txt", "b.txt", "ă.txt", "Đ.txt"]);
  });

  it("stops a zip bomb in a pooled batch as that file's entry; the others are audited", () => {
    const folder = join(dir, "pool");
    mkdirSync(folder);
    for (let seed = 1; seed <= 6; seed++)
      writeFileSync(join(folder, `r${seed}.txt`), generateReport({ seed, bytes: 200_000 }).text);
    writeFileSync(join(folder, "bomb.docx"), docxBomb(1 << 30, { lie: true }));
    const { code, stdout, stderr } = sh(
      `node "$CLI" --lang en audit "${folder}" --format json --jobs 2`,
    );
    expect(code).toBe(2);
    const { files } = JSON.parse(stdout) as { files: { error: { code: string } | null }[] };
    expect(files).toHaveLength(7);
    expect(files[0]?.error?.code).toBe("TOO_LARGE_UNPACKED");
    expect(files.slice(1).every((f) => f.error === null)).toBe(true);
    expect(lines(stderr)).toHaveLength(1);
  });

  it("interrupted (SIGINT), leaves --out as it was and no temporary file", async () => {
    const out = join(dir, "interrupted", "audit.json");
    mkdirSync(join(dir, "interrupted"));
    writeFileSync(out, "the previous audit\n");
    const child = spawn(
      process.execPath,
      [CLI, "audit", join(dir, "big"), "-f", "json", "-o", out, "-j", "1", "--lang", "en"],
      {
        stdio: "ignore",
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill("SIGINT");
    const signal = await new Promise((resolve) => child.on("exit", (_code, s) => resolve(s)));
    expect(signal).toBe("SIGINT");
    expect(readFileSync(out, "utf8")).toBe("the previous audit\n");
    expect(readdirSync(join(dir, "interrupted"))).toEqual(["audit.json"]);
  });
});
