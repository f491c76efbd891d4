// The Vietnamese validator's guide (docs/vi) shows commands and what they print. Each page is
// played here, block by block, in a fresh working folder, so the guide cannot drift from the CLI:
// - a fenced block whose info string names a file (```text bao-cao/xa/an-binh.txt) is written to
//   that file before the blocks after it;
// - a ```text block starting with "$ baocao …" runs each command in-process and compares what it
//   printed: exactly when the block abridges nothing, line by line in order when it has "…" (a
//   line "…" skips lines; "…" inside a line stands for any text there);
// - a ```json block of an acceptance file must show entries of the file the commands wrote;
// - every `baocao` command of a ```sh block must be accepted by the argument parser.
// Every folder starts with the sample report as examples/sample-report.txt and, as the pages
// say, as bao-cao/huyen/dan-van-2024.txt.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CODE_MODULES } from "../../scripts/finding-codes.js";
import { parseCommandLine } from "../../src/cli/args.js";
import { runCli } from "../../src/cli/run.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const guide = join(root, "docs", "vi");
const pages = readdirSync(guide).filter((p) => p.endsWith(".md"));
const read = (page: string) => readFileSync(join(guide, page), "utf8");

interface Block {
  readonly lang: string;
  readonly file: string | undefined;
  readonly body: string;
}

/** The fenced blocks of a page, in order, indented ones (in a list item) dedented. */
function blocks(markdown: string): Block[] {
  const fence = /^( *)```(\w*)(?: +(\S+))?\n([\s\S]*?)^\1```[ \t]*$/gm;
  return [...markdown.matchAll(fence)].map(([, indent = "", lang = "", file, body = ""]) => ({
    lang,
    file,
    body: body
      .split("\n")
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join("\n"),
  }));
}

/** A command line as a shell splits it (double quotes only: the guide uses no other). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, plain]) => quoted ?? plain ?? "");
}

/** Runs `baocao …` in the current folder; stdout then stderr, as a terminal would show them. */
async function baocao(args: readonly string[], cwd: string) {
  let out = "";
  let err = "";
  const code = await runCli(args, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stdin: (async function* () {})(),
    isTTY: false,
    env: {},
    cwd,
  });
  return { code, output: out + err };
}

/** Whether a shown line stands for a real one ("…" for any text). */
function matches(shown: string, real: string): boolean {
  const pieces = shown.split("…");
  if (pieces.length === 1) return real === shown;
  const first = pieces[0] ?? "";
  const last = pieces[pieces.length - 1] ?? "";
  if (!real.startsWith(first) || !real.endsWith(last)) return false;
  let at = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = real.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return at <= real.length - last.length;
}

/** Checks what a command printed against the lines a page shows for it. */
function compare(shown: readonly string[], output: string, where: string): void {
  if (!shown.some((line) => line.includes("…"))) {
    expect(output, where).toBe(shown.length === 0 ? "" : `${shown.join("\n")}\n`);
    return;
  }
  const real = output.split("\n");
  let at = 0;
  for (const line of shown) {
    if (line.trim() === "…") continue;
    const found = real.findIndex((r, i) => i >= at && matches(line, r));
    expect(found, `${where}: ${line}\n--- real:\n${output}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

function freshFolder(): string {
  const cwd = mkdtempSync(join(tmpdir(), "baocao-vi-"));
  const sample = join(root, "examples", "sample-report.txt");
  for (const copy of ["examples/sample-report.txt", "bao-cao/huyen/dan-van-2024.txt"]) {
    mkdirSync(dirname(join(cwd, copy)), { recursive: true });
    copyFileSync(sample, join(cwd, copy));
  }
  return cwd;
}

/** Plays a page: writes its files, runs its sessions, checks its acceptance files. */
async function play(page: string): Promise<number> {
  const cwd = freshFolder();
  const before = process.cwd();
  process.chdir(cwd);
  let commands = 0;
  try {
    for (const block of blocks(read(page))) {
      if (block.file !== undefined) {
        mkdirSync(dirname(join(cwd, block.file)), { recursive: true });
        writeFileSync(join(cwd, block.file), block.body);
      } else if (block.lang === "text" && block.body.startsWith("$ baocao ")) {
        const lines = block.body.replace(/\n$/, "").split("\n");
        for (let i = 0; i < lines.length; ) {
          const command = (lines[i] ?? "").slice(2);
          let end = i + 1;
          while (end < lines.length && !lines[end]?.startsWith("$ ")) end++;
          const { code, output } = await baocao(words(command).slice(1), cwd);
          expect([0, 1], `${page}: ${command} exits ${code}:\n${output}`).toContain(code);
          compare(lines.slice(i + 1, end), output, `${page}: ${command}`);
          commands++;
          i = end;
        }
      } else if (block.lang === "json" && block.body.includes('"accepted"')) {
        const shown = JSON.parse(block.body);
        const real = JSON.parse(readFileSync(join(cwd, "baocao.accepted.json"), "utf8"));
        expect(shown.version).toBe(real.version);
        for (const { note: _note, ...entry } of shown.accepted) {
          expect(real.accepted, page).toContainEqual(entry);
        }
      }
    }
  } finally {
    process.chdir(before);
  }
  return commands;
}

describe("docs/vi: the validator's guide", () => {
  it("has its pages", () => {
    expect(pages).toContain("README.md");
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)("%s: every command shown prints what the page shows", async (page) => {
    const commands = await play(page);
    if (["doc-ket-qua.md", "chap-nhan-phat-hien.md", "canh-bao-nham.md"].includes(page))
      expect(commands).toBeGreaterThan(0);
  });

  it("doc-ket-qua.md: the finding lines and the messages quoted are the sample's real output", async () => {
    const { output } = await baocao(["audit", "examples/sample-report.txt"], root);
    const real = output.split("\n");
    const page = read("doc-ket-qua.md");
    const excerpts = blocks(page).filter((b) => b.lang === "text" && /^ +\d+:\d+ /.test(b.body));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const line of excerpts.flatMap((b) => b.body.replace(/\n$/, "").split("\n")))
      expect(real, line).toContain(line);
    // Inline quotes of the output, possibly wrapped over two lines of the page.
    const prose = page.replace(/```[\s\S]*?```/g, "");
    const quoted = [...prose.matchAll(/`([^`]+)`/g)]
      .map(([, q = ""]) => q.replace(/\s*\n\s*/g, " "))
      .filter((q) => q.length > 25 && !q.startsWith("--"));
    expect(quoted.length).toBeGreaterThan(10);
    for (const quote of quoted) {
      const pieces = quote.split("…").map((p) => p.trim());
      let at = 0;
      for (const piece of pieces) {
        const found = output.indexOf(piece, at);
        expect(found, quote).toBeGreaterThanOrEqual(0);
        at = found + piece.length;
      }
    }
  });

  it("every baocao command of a sh block is one the CLI accepts", () => {
    let seen = 0;
    for (const page of pages) {
      for (const block of blocks(read(page)).filter((b) => b.lang === "sh")) {
        for (const line of block.body.split("\n")) {
          const argv = words(line);
          if (argv[0] === "npx") argv.shift();
          if (argv[0] !== "baocao") continue;
          expect(() => parseCommandLine(argv.slice(1)), `${page}: ${line}`).not.toThrow();
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it("the codes explained have the severity of their code table (lỗi, cảnh báo, thông tin)", () => {
    const severity = new Map(
      CODE_MODULES.flatMap((m) => Object.entries(m.table).map(([c, row]) => [c, row.severity])),
    );
    const names = { lỗi: "error", "cảnh báo": "warning", "thông tin": "info" } as const;
    const rows = [
      ...read("thuat-ngu.md").matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| (lỗi|cảnh báo|thông tin) \|/gm),
    ];
    expect(rows.length).toBeGreaterThan(50);
    for (const [, code = "", stated = ""] of rows) {
      expect(severity.get(code), code).toBe(names[stated as keyof typeof names]);
    }
  });
});
