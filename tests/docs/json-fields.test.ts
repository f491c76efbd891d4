// The guides name fields of the JSON output ("each file's `stats.accepted`", "`summary.stale`").
// Each name is looked up in the real output of a run that has an accepted finding listed and a
// stale entry, so a guide cannot name a field the output does not have.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run-cli.js";

const GUIDES = ["review.md", "cli.md", "recipes.md"];
const read = (page: string) =>
  readFileSync(new URL(`../../docs/${page}`, import.meta.url), "utf8").replace(/\s*\n\s*/g, " ");

/** The value at a dotted path, or undefined. */
function at(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (v, key) =>
        v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined,
      value,
    );
}

async function realOutput() {
  const cwd = mkdtempSync(join(tmpdir(), "baocao-json-fields-"));
  mkdirSync(join(cwd, "reports"));
  const report = join(cwd, "reports", "xa.txt");
  writeFileSync(
    report,
    "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\nPhường đã cấp 118/125 giấy phép (đạt 95,2%).\n",
  );
  await run(["audit", join(cwd, "reports"), "--accept"], "", { cwd });
  writeFileSync(report, readFileSync(report, "utf8").replace("91,4", "90,4"));
  const { stdout } = await run(
    ["audit", join(cwd, "reports"), "--show-accepted", "-f", "json"],
    "",
    { cwd },
  );
  return JSON.parse(stdout);
}

describe("the JSON fields the guides name", () => {
  it.each(GUIDES)("%s: each file's fields and the summary's are in the output", async (page) => {
    const json = await realOutput();
    const [file] = json.files;
    expect(file.stats.accepted).toBe(1);
    expect(file.stale).toHaveLength(1);
    const text = read(page);
    const perFile = [...text.matchAll(/each file(?:'s| carries| has) `([\w.]+)`/gi)].map(
      (m) => m[1] ?? "",
    );
    const summary = [...text.matchAll(/`summary\.([\w.]+)`/g)].map((m) => m[1] ?? "");
    for (const path of perFile)
      expect(at(file, path), `${page}: each file's ${path}`).toBeDefined();
    for (const path of summary)
      expect(at(json.summary, path), `${page}: summary.${path}`).toBeDefined();
    if (page === "review.md") expect(perFile.length + summary.length).toBeGreaterThan(2);
  });
});
