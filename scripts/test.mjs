// `npm test`: every check of the project, each an npm script, in two lanes that run side by side.
// Most checks use one core (tsc, typedoc, tsup's declarations, the eval); one after another they
// left the second core of a 2-core CI machine idle. A lane runs its scripts in order and stops at
// the first that fails; the other lane goes on, so one run shows every failure. Each script's
// output is printed whole when it ends (two lanes interleaved line by line cannot be read), then
// a table of what each took. `npm test -- --serial` runs the scripts one after another.
import { spawn } from "node:child_process";

const LANES = [
  // Needs nothing built: the two type-checks, then the API documentation's check.
  ["typecheck", "docs:check"],
  // The build serves the checks after it: the eval, the built package, its packaging.
  ["lint", "test:unit", "build", "eval:check", "test:built", "hygiene"],
];
const serial = process.argv.includes("--serial");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs one npm script, its output captured; resolves with its exit status, output and time. */
function runScript(name) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(npm, ["run", name], {
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => chunks.push(chunk));
    const done = (code) =>
      resolve({
        name,
        code,
        output: Buffer.concat(chunks).toString(),
        seconds: (performance.now() - started) / 1000,
      });
    child.on("error", (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const results = [];

/** Runs a lane's scripts in order, printing each as it ends; false at the first that fails. */
async function runLane(scripts) {
  for (const name of scripts) {
    const result = await runScript(name);
    results.push(result);
    const verdict = result.code === 0 ? "ok" : `failed (exit ${result.code})`;
    process.stdout.write(
      `\n── npm run ${name}: ${verdict}, ${result.seconds.toFixed(1)} s ──\n${result.output}`,
    );
    if (result.code !== 0) return false;
  }
  return true;
}

const started = performance.now();
const passed = serial
  ? [await runLane(LANES.flat())]
  : await Promise.all(LANES.map((lane) => runLane(lane)));
const skipped = LANES.flat().filter((name) => !results.some((r) => r.name === name));
const width = Math.max(...LANES.flat().map((name) => name.length));
process.stdout.write("\n── npm test ──\n");
for (const r of results) {
  const verdict = r.code === 0 ? "ok" : "FAILED";
  process.stdout.write(
    `${r.name.padEnd(width)}  ${r.seconds.toFixed(1).padStart(6)} s  ${verdict}\n`,
  );
}
for (const name of skipped)
  process.stdout.write(`${name.padEnd(width)}  not run (a step before it failed)\n`);
process.stdout.write(
  `${"all".padEnd(width)}  ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${serial ? "one after another" : `${LANES.length} lanes`}\n`,
);
process.exitCode = passed.every(Boolean) ? 0 : 1;
