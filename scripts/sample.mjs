// `npm run sample`: audits examples/sample-report.txt with the built CLI and prints the audit,
// nothing else. The build runs only when dist/ is missing or older than the sources, silently
// (tsup --silent), with one line on standard error to say why the first run waits
// (BAOCAO_NO_BUILD=1 refuses to build instead).
// Arguments after `--` go to the CLI: `npm run sample -- --lang en`.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");

/** The newest modification time of a file or of any file below a folder. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = statSync(cli, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const sources = Math.max(
  ...["src", "package.json", "tsup.config.ts"].map((p) => newest(join(root, p))),
);
if (built < sources) {
  // The built tests run this beside other runs of dist/: they must never rebuild it under them.
  if (process.env.BAOCAO_NO_BUILD === "1") {
    process.stderr.write("baocao: dist/ is older than the sources: run npm run build\n");
    process.exit(2);
  }
  process.stderr.write("baocao: building the package first (about a minute, once)…\n");
  const build = spawnSync("npm", ["run", "build", "--silent", "--", "--silent"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(
  process.execPath,
  [cli, "audit", "examples/sample-report.txt", "--fail-on", "never", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" },
);
process.exit(run.status ?? 1);
