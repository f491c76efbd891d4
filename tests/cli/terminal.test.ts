import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { visible } from "../../src/cli/visible.js";
import { onlyFile, run } from "./run-cli.js";

const ESC = "\u001b";
/** An OSC sequence that sets the terminal's title, then one that clears the screen. */
const TITLE = `${ESC}]0;owned\u0007`;
const CLEAR = `${ESC}[2J`;
/** Colour codes baocao writes itself, and the progress bar's return and line clearing. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching baocao's own codes is the point.
const OWN = /\r?\u001b\[(?:\d+(?:;\d+)*)?[mK]/g;

/** The control characters (line breaks aside) and bidirectional controls in a text. */
const controls = (text: string): string[] =>
  [...text].filter((char) => {
    const n = char.codePointAt(0) ?? 0;
    return (
      (n < 0x20 && n !== 0x0a) ||
      (n >= 0x7f && n <= 0x9f) ||
      (n >= 0x202a && n <= 0x202e) ||
      (n >= 0x2066 && n <= 0x2069)
    );
  });

describe("visible", () => {
  it.each([
    [`a${ESC}[2Jb`, "a\\x1b[2Jb"],
    [TITLE, "\\x1b]0;owned\\x07"],
    ["tab\there\nline\rback\u0008", "tab\\x09here\\x0aline\\x0dback\\x08"],
    ["del\u007f c1\u009b2J nel\u0085", "del\\x7f c1\\x9b2J nel\\x85"],
    ["abc\u202edcba\u202c", "abc<U+202E>dcba<U+202C>"],
    [
      "\u2066x\u2067y\u2068z\u2069 \u202a\u202b\u202d",
      "<U+2066>x<U+2067>y<U+2068>z<U+2069> <U+202A><U+202B><U+202D>",
    ],
  ])("shows %j as %j", (text, shown) => {
    expect(visible(text)).toBe(shown);
  });

  it("leaves Vietnamese, other scripts and ordinary marks as they are", () => {
    const text = "Đã giải quyết 47/52 đơn (đạt 91,4%) — «ổn» · 中文 · عربي ‎";
    expect(visible(text)).toBe(text);
  });
});

describe("text output", () => {
  const dir = mkdtempSync(join(tmpdir(), "baocao-terminal-"));
  const named = join(dir, `bao-cao${TITLE}${CLEAR}.txt`);
  writeFileSync(named, "Xã đã giải quyết 47/52 đơn \u202eabc\u202c (đạt 91,4%).\n");
  const broken = join(dir, `hong${TITLE}.pdf`);
  writeFileSync(broken, "%PDF-1.7\nnot really");

  it("shows control characters of file names and report text escaped, never raw", async () => {
    for (const color of ["--color", "--no-color"]) {
      const { stdout, stderr } = await run(["audit", dir, color, "--lang", "en"], "", {
        isTTY: true,
      });
      const raw = `${stdout}${stderr}`.replace(OWN, "");
      expect(controls(raw)).toEqual([]);
      expect(stdout).toContain("bao-cao\\x1b]0;owned\\x07\\x1b[2J.txt");
      expect(stdout).toContain("« 47/52 đơn <U+202E>abc<U+202C> (đạt 91,4% »");
      expect(stderr).toContain("hong\\x1b]0;owned\\x07.pdf: damaged PDF");
    }
  });

  it("keeps the text exact in JSON", async () => {
    const { stdout } = await run(["audit", named, "--format", "json"]);
    const result = onlyFile(stdout);
    expect(result.file).toBe(named);
    expect(result.findings[0].excerpt).toBe("47/52 đơn \u202eabc\u202c (đạt 91,4%");
  });

  it("draws the progress bar with file names escaped", async () => {
    const { stderr } = await run(["audit", dir, "--no-color"], "", {
      isTTY: true,
      stderrIsTTY: true,
      env: { TERM: "xterm" },
      columns: 200,
    });
    expect(stderr).toContain("\\x1b]0;owned\\x07");
    expect(controls(stderr.replace(OWN, ""))).toEqual([]);
  });
});
