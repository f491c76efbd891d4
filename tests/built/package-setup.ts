import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A folder whose node_modules holds the packed package, installed from its tarball. */
    packageDir: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Packs the built package once, as `npm publish` would, and installs the tarball offline into a
 * temporary folder: unpacked as node_modules/baocao, with each dependency its package.json names
 * linked from this project's node_modules. Nothing else is there, so a file left out of the
 * tarball or a dependency it forgets to declare fails the tests that use it.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "baocao-package-"));
  const packed = execFileSync(
    "npm",
    ["pack", "--ignore-scripts", "--json", "--pack-destination", dir],
    { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
  const installed = join(dir, "node_modules", "baocao");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", join(dir, filename), "-C", installed, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const source = join(ROOT, "node_modules", name);
    if (!existsSync(source)) throw new Error(`The dependency ${name} is not installed: run npm ci`);
    const link = join(dir, "node_modules", name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(source, link, "dir");
  }
  project.provide("packageDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
