import { writeFile } from "node:fs/promises";
import { type AuditResult, auditText, compareSeverity } from "baocao";
import { parseCommandLine, UsageError } from "./args.js";
import { formatJson } from "./format-json.js";
import { type AuditedFile, formatText } from "./format-text.js";
import { HELP } from "./help.js";
import { expandInputs, InputError, readInput } from "./inputs.js";
import { VERSION } from "./version.js";

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: AsyncIterable<Uint8Array>;
  /** Whether standard output is a terminal (colours by default only then). */
  readonly isTTY: boolean;
}

/**
 * Runs `baocao` with the given arguments and returns the exit status: 0 clean, 1 findings at or
 * above `--fail-on`, 2 a usage or input error (one line on standard error, no stack trace).
 *
 * @param argv - arguments after the program name
 * @param io - streams
 * @returns the exit status
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const command = parseCommandLine(argv, io.isTTY);
    if (command.name === "version") {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command.name === "help") {
      io.stdout(HELP);
      return 0;
    }
    const files: AuditedFile[] = [];
    for (const name of await expandInputs(command.inputs)) {
      const input = await readInput(name, io.stdin);
      const result: AuditResult = auditText(input.text, {
        rounding: command.rounding,
      });
      files.push({ file: name === "-" ? "<stdin>" : name, result });
    }
    const output =
      command.format === "json"
        ? formatJson(files, command.lang)
        : formatText(files, { lang: command.lang, color: command.color && !command.out });
    if (command.out) await writeFile(command.out, output);
    else io.stdout(output);
    return failed(files, command.failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`baocao: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`baocao: internal error: ${message} (please report it with the input)\n`);
    return 2;
  }
}

function failed(files: readonly AuditedFile[], failOn: "error" | "warning" | "never"): boolean {
  if (failOn === "never") return false;
  return files.some((f) => f.result.findings.some((x) => compareSeverity(x.severity, failOn) >= 0));
}
