// Every script in examples/ runs here and must print exactly its `.expected.txt` twin, so an
// example can never drift from the library it shows.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const dir = fileURLToPath(new URL("../../examples/", import.meta.url));
const scripts = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));

describe("examples/", () => {
  afterEach(() => vi.restoreAllMocks());

  it("has examples to run", () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  it.each(scripts)("%s prints its expected output", async (script) => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(" "));
    });
    await import(join(dir, script));
    const expected = readFileSync(join(dir, script.replace(/\.ts$/, ".expected.txt")), "utf8");
    expect(`${lines.join("\n")}\n`).toBe(expected);
  });
});
