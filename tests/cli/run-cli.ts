import { type CliIO, runCli } from "../../src/cli/run.js";

/** What a run printed and its exit status. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in-process with the given standard input, collecting what it prints.
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
  const code = await runCli(argv, {
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
  });
  return { code, stdout, stderr };
}

/** The lines of standard error, without the empty last one. */
export const lines = (text: string): string[] => text.split("\n").filter((l) => l !== "");
