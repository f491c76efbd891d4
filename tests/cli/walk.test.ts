import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs } from "../../src/cli/walk.js";
import { auditJson, run } from "./run-cli.js";

const REPORT = "Hà Nội, ngày 05 tháng 3 năm 2024\nXã đã giải quyết 47/52 đơn (đạt 90,4%).\n";

/** A tree of reports: two folders, a Word file's name among them, and files that are not reports. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "baocao-walk-"));
  for (const path of [
    "2023/q1.txt",
    "2023/q2.md",
    "2024/q1.txt",
    "2024/drafts/q2.txt",
    "2024/notes.csv",
    "node_modules/pkg/readme.md",
  ]) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), REPORT);
  }
  return root;
}

const keys = async (paths: string[], options = {}) =>
  (await expandInputs(paths, options)).inputs.map((i) => i.key);

describe("globs", () => {
  it("expand to the files they match, keyed from the glob's folder, in code point order", async () => {
    const root = tree();
    expect(await keys([`${root}/**/q1.txt`])).toEqual(["2023/q1.txt", "2024/q1.txt"]);
    expect(await keys([`${root}/2024/**/*.txt`])).toEqual(["drafts/q2.txt", "q1.txt"]);
    const { code, stdout } = await run(["audit", `${root}/*/q2.*`, "-f", "json"]);
    expect(code).toBe(0);
    expect(auditJson(stdout).files.map((f) => f.key)).toEqual(["2023/q2.md"]);
  });

  it("refuse a pattern that matches nothing, in one line", async () => {
    const root = tree();
    const { code, stderr } = await run(["audit", `${root}/**/*.docx`]);
    expect(code).toBe(2);
    expect(stderr).toBe(`baocao: ${root}/**/*.docx: no file matches this pattern\n`);
  });
});

describe("ignore files and patterns", () => {
  it("leave out node_modules, what .baocaoignore lists, and --ignore-pattern", async () => {
    const root = tree();
    expect(await keys([root])).toEqual([
      "2023/q1.txt",
      "2023/q2.md",
      "2024/drafts/q2.txt",
      "2024/q1.txt",
    ]);
    writeFileSync(join(root, ".baocaoignore"), "# drafts are not sent\ndrafts/\n");
    expect(await keys([root])).toEqual(["2023/q1.txt", "2023/q2.md", "2024/q1.txt"]);
    expect(await keys([root], { ignore: ["*.md"] })).toEqual(["2023/q1.txt", "2024/q1.txt"]);
    expect(await keys([root], { useIgnore: false })).toContain("node_modules/pkg/readme.md");
    const cli = await run(["audit", root, "--ignore-pattern", "2023/", "-f", "json"]);
    expect(auditJson(cli.stdout).files.map((f) => f.key)).toEqual(["2024/q1.txt"]);
  });

  it("apply to globs too, and never to a file given by name", async () => {
    const root = tree();
    writeFileSync(join(root, ".baocaoignore"), "drafts/\n");
    expect(await keys([`${root}/**/*.txt`])).toEqual(["2023/q1.txt", "2024/q1.txt"]);
    expect(await keys([join(root, "2024", "drafts", "q2.txt")])).toEqual(["q2.txt"]);
  });

  it("take the config's ignore list", async () => {
    const root = tree();
    writeFileSync(join(root, "baocao.config.json"), JSON.stringify({ ignore: ["2024/"] }));
    const { stdout } = await run(["audit", root, "-f", "json"], "", { cwd: root });
    expect(auditJson(stdout).files.map((f) => f.key)).toEqual(["2023/q1.txt", "2023/q2.md"]);
  });
});

describe("symbolic links", () => {
  it("are followed to files and folders, and each real folder is searched once", async () => {
    const root = tree();
    const elsewhere = mkdtempSync(join(tmpdir(), "baocao-walk-target-"));
    writeFileSync(join(elsewhere, "linked.txt"), REPORT);
    symlinkSync(elsewhere, join(root, "shared"));
    symlinkSync(join(elsewhere, "linked.txt"), join(root, "2023", "alias.txt"));
    // A link back up (a cycle) and a second link to the same folder.
    symlinkSync(root, join(root, "2024", "loop"));
    symlinkSync(elsewhere, join(root, "zz-again"));
    const found = await keys([root]);
    expect(found).toEqual([
      "2023/alias.txt",
      "2023/q1.txt",
      "2023/q2.md",
      "2024/drafts/q2.txt",
      "2024/q1.txt",
      "shared/linked.txt",
    ]);
  });

  it("search a folder given twice (or inside another given) once", async () => {
    const root = tree();
    expect(await keys([root, join(root, "2023")])).toHaveLength(4);
  });
});
