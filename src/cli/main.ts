#!/usr/bin/env node
import { runCli } from "./run.js";

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
}).then((code) => {
  process.exitCode = code;
});
