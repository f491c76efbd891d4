// `npm run build:stale`: runs `npm run build` only when dist/ is missing or older than what it is
// built from. `npm test` builds, then CI runs `npm run test:browser`, and the bench and the eval
// need a build too: each rebuilt everything (about 40 s of CPU) from unchanged sources.
// Built from: src/, the build scripts and configs, package.json and the lockfile. The outputs
// checked are one per build step (tsup's three configs and the app), the oldest of them counts.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const INPUTS = [
  "src",
  "scripts/build-app.ts",
  "tsup.config.ts",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const OUTPUTS = [
  "dist/esm/index.js",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/units.js",
  "dist/cli.js",
  "dist/cli-worker.js",
  "dist/app/index.html",
];

/** The latest modification time of a file, or of any file under a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    // parentPath from Node 20.12; path before it. A folder counts too: a file removed from it.
    const folder = entry.parentPath ?? entry.path;
    if (entry.isFile() || entry.isDirectory())
      latest = Math.max(latest, statSync(join(folder, entry.name)).mtimeMs);
  }
  return latest;
}

/** The modification time of a file, or undefined when it is missing. */
function modified(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

const built = OUTPUTS.map((p) => modified(join(root, p)));
const sources = Math.max(...INPUTS.map((p) => newest(join(root, p))));
const missing = OUTPUTS.filter((_, i) => built[i] === undefined);
const oldest = Math.min(...built.map((t) => t ?? 0));
if (missing.length === 0 && oldest >= sources) {
  console.log("dist/ is newer than its sources: not built again (npm run build forces a build)");
} else {
  console.log(
    missing.length > 0 ? `building: ${missing.join(", ")} missing` : "building: sources changed",
  );
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["run", "build", "--silent"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exitCode = run.status ?? 1;
}
