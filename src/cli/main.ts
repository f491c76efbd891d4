#!/usr/bin/env node
import { fstatSync } from "node:fs";
import { runCli } from "./run.js";
import { guardOutput } from "./stdout.js";
import { fileIdentity, removePendingOutputs } from "./write.js";

// Standard error failing (its reader quit) must not crash the run either; it has nowhere to say so.
let lang: "vi" | "en" = "vi";
const stderr = guardOutput(process.stderr, () => {});
const stdout = guardOutput(process.stdout, stderr.write, () => lang);

// An interrupted run removes the temporary files of the outputs it was writing, then ends as the
// signal would have ended it.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    removePendingOutputs();
    process.kill(process.pid, signal);
  });
}

/** Standard input's file, when it is one (`< report.txt`): `--out` may not overwrite it. */
function stdinIdentity(): string | undefined {
  try {
    const info = fstatSync(0);
    return info.isFile() ? fileIdentity(info) : undefined;
  } catch {
    return undefined;
  }
}

runCli(process.argv.slice(2), {
  stdout: stdout.write,
  stderr: stderr.write,
  stdin: process.stdin,
  stdinIdentity: stdinIdentity(),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  onLang: (decided) => {
    lang = decided;
  },
}).then((code) => {
  process.exitCode = code;
});

// A write error may be reported after the run has returned its status: decide at the very end.
process.on("exit", () => {
  process.exitCode = stdout.exitStatus(Number(process.exitCode ?? 0));
});
