// Runs every ```ts block of every TSDoc @example in src/ and every ```ts block in docs/*.md.
// A line `expression; // literal` is an assertion: the expression must equal the literal
// (deep equality for objects and arrays). So the documentation cannot drift from the code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as baocao from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "api" ? [] : walk(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

interface Block {
  where: string;
  code: string;
}

function tsdocBlocks(file: string): Block[] {
  const text = readFileSync(file, "utf8");
  const blocks: Block[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0].replace(/^\s*\/?\*+ ?/gm, "");
    const at = text.slice(0, comment.index).split("\n").length;
    for (const fence of body.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
      blocks.push({ where: `${relative(root, file)}:${at}`, code: fence[1] ?? "" });
    }
  }
  return blocks;
}

function markdownBlocks(file: string): Block[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({
    where: `${relative(root, file)}:${text.slice(0, m.index).split("\n").length}`,
    code: m[1] ?? "",
  }));
}

const ASSERTION =
  /^(?!\s*(?:const|let|var|import|export|if|for|while|return|throw)\b)(\s*)(.+?);\s*\/\/\s*(.+)$/;

/** Turns a block into a function body: imports become lookups, assertion lines become checks. */
function instrument(code: string): string {
  const lines = code.split("\n").map((line) => {
    const imported = /^\s*import\s*\{([^}]*)\}\s*from\s*"baocao(?:\/[a-z]+)?";?\s*$/.exec(line);
    if (imported) return `const {${imported[1]}} = __lib;`;
    if (/^\s*import\s/.test(line)) return "";
    const assertion = ASSERTION.exec(line);
    if (assertion && isLiteral(assertion[3] ?? "")) {
      // `console.log(x); // 5` asserts x, as a reader would read it.
      const expression = /^console\.log\((.*)\)$/.exec(assertion[2] ?? "")?.[1] ?? assertion[2];
      return `${assertion[1]}__check(${expression}, ${assertion[3]}, ${JSON.stringify(line.trim())});`;
    }
    return line;
  });
  const js = ts.transpileModule(lines.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return `return (async () => {\n${js}\n})();`;
}

function isLiteral(text: string): boolean {
  try {
    new Function(`return (${text});`);
    return /^(["'`\-\d[{]|true|false|null|undefined)/.test(text.trim());
  } catch {
    return false;
  }
}

const sources = [
  ...walk(join(root, "src"), ".ts").flatMap(tsdocBlocks),
  ...walk(join(root, "docs"), ".md").flatMap(markdownBlocks),
];

describe("documentation examples", () => {
  it("finds examples to run", () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources.map((s) => [s.where, s] as const))("%s runs and holds", async (_where, block) => {
    const lib = { ...baocao, ...(await optionalEntries()) };
    const checks: string[] = [];
    const check = (actual: unknown, expected: unknown, line: string) => {
      checks.push(line);
      const shown = actual instanceof baocao.Decimal ? actual.toString() : actual;
      expect(shown, line).toEqual(expected);
    };
    const silent = { log: () => {}, error: () => {}, warn: () => {} };
    const run = new Function("__lib", "__check", "console", instrument(block.code));
    await run(lib, check, silent);
  });
});

/** Secondary entry points (for example `baocao/units`), merged in when they exist. */
async function optionalEntries(): Promise<Record<string, unknown>> {
  const entries: Record<string, unknown> = {};
  for (const path of ["../../src/units/registry/index.js"]) {
    try {
      Object.assign(entries, await import(/* @vite-ignore */ path));
    } catch {
      // The entry does not exist yet; examples importing it would fail on their own.
    }
  }
  return entries;
}
