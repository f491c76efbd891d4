// The docs show what `baocao audit examples/sample-report.txt` prints. Run the command in-process
// and compare, so that output cannot drift from the program: when a message changes, update
// docs/getting-started.md, docs/cli.md and docs/recipes.md with what the command prints now.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";

const SAMPLE = "examples/sample-report.txt";

async function audit(...options: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await runCli(["audit", SAMPLE, ...options], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    stdin: (async function* () {})(),
    isTTY: false,
  });
  return { code, stdout };
}

const doc = (page: string) => readFileSync(new URL(`../../docs/${page}`, import.meta.url), "utf8");

/** The fenced blocks of a page in one language, in order. */
function blocks(markdown: string, lang: string): string[] {
  const fence = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, "gm");
  return [...markdown.matchAll(fence)].map((m) => m[1] ?? "");
}

/** The lines of a block that stand for output lines ("…" marks an abridged message). */
function shownLines(block: string): string[] {
  return block
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.replace(/ …$/, ""));
}

describe("the sample report's output in the docs", () => {
  it("getting-started.md shows exactly what the English text output is", async () => {
    const { code, stdout } = await audit("--lang", "en");
    expect(code).toBe(1);
    const shown = blocks(doc("getting-started.md"), "text").find((b) =>
      b.startsWith(`${SAMPLE} (dated`),
    );
    expect(shown).toBe(stdout);
  });

  it("the other output excerpts of getting-started.md and cli.md are lines of the real output", async () => {
    const en = (await audit("--lang", "en")).stdout;
    const vi = (await audit()).stdout;
    const excerpts = [
      ...blocks(doc("getting-started.md"), "text").filter((b) => !b.startsWith(SAMPLE)),
      ...blocks(doc("cli.md"), "text").filter((b) => b.startsWith(SAMPLE)),
    ];
    expect(excerpts.length).toBeGreaterThanOrEqual(3);
    for (const block of excerpts) {
      for (const line of shownLines(block)) {
        expect(en.includes(line) || vi.includes(line), line).toBe(true);
      }
    }
  });

  it("recipes.md's JSON shows real parts of the JSON output", async () => {
    const whole = JSON.parse((await audit("--format", "json", "--lang", "en")).stdout);
    const [block] = blocks(doc("recipes.md"), "json");
    const { files: shownFiles, ...shownRun } = JSON.parse(block ?? "null");
    const { files: realFiles, ...realRun } = whole;
    expect(shownRun).toEqual(realRun);
    const [shown] = shownFiles;
    const [real] = realFiles;
    for (const key of ["file", "key", "error", "reportDate", "notices", "stats", "stale"])
      expect(shown[key], key).toEqual(real[key]);
    for (const finding of shown.findings) {
      expect(real.findings).toContainEqual(finding);
    }
    for (const claim of shown.claims) {
      expect(real.claims).toContainEqual(claim);
    }
  });
});
