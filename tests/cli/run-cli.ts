import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CliIO, runCli } from "../../src/cli/run.js";

/** A folder with no baocao.config.json in it or above it: the tests' working directory. */
export const NO_CONFIG_DIR = mkdtempSync(join(tmpdir(), "baocao-cwd-"));

/** What a run printed and its exit status. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in-process with the given standard input, collecting what it prints. The
 * messages are English unless the arguments name a language (`--lang vi`): the tests read them.
 *
 * @param argv - the arguments after `baocao`
 * @param stdin - standard input's bytes (or text)
 * @param io - more of the streams (a terminal, standard input's file)
 * @returns the exit status and the output
 */
export async function run(
  argv: readonly string[],
  stdin: string | Uint8Array = "",
  io: Partial<CliIO> = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const bytes = typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin;
  const args = argv.some((a) => a === "--lang" || a.startsWith("--lang="))
    ? argv
    : [...argv, "--lang", "en"];
  const code = await runCli(args, {
    ...io,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: (async function* () {
      if (bytes.length > 0) yield bytes;
    })(),
    isTTY: io.isTTY ?? false,
    // No config file of the machine's folders is read unless a test gives one.
    cwd: io.cwd ?? NO_CONFIG_DIR,
  });
  return { code, stdout, stderr };
}

/** The lines of standard error, without the empty last one. */
export const lines = (text: string): string[] => text.split("\n").filter((l) => l !== "");

/** The JSON output of a run, parsed: one object with `files`. */
export interface AuditJson {
  readonly version: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON as the tests read it.
  readonly files: readonly Record<string, any>[];
  readonly summary: Record<string, number>;
}

/**
 * Parses the JSON output of `baocao audit --format json`.
 *
 * @param stdout - what the run printed
 * @returns the object
 */
export const auditJson = (stdout: string): AuditJson => JSON.parse(stdout) as AuditJson;

/**
 * The one file of a run's JSON output.
 *
 * @param stdout - what the run printed
 * @returns `files[0]`
 */
// biome-ignore lint/suspicious/noExplicitAny: JSON as the tests read it.
export const onlyFile = (stdout: string): Record<string, any> => {
  const { files } = auditJson(stdout);
  if (files.length !== 1) throw new Error(`expected one file, got ${files.length}`);
  // biome-ignore lint/suspicious/noExplicitAny: JSON as the tests read it.
  return files[0] as Record<string, any>;
};
