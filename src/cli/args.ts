import { parseArgs } from "node:util";
import { ROUNDING_MODES, type RoundingMode } from "baocao";

/** Output formats of `baocao audit`. */
export type OutputFormat = "text" | "json" | "html";

/** The threshold at which `baocao audit` exits with status 1. */
export type FailOn = "error" | "warning" | "never";

/** A parsed command line. */
export type Command =
  | { readonly name: "help"; readonly topic?: string }
  | { readonly name: "version" }
  | {
      readonly name: "convert";
      readonly input: string;
      readonly out: string | undefined;
      /** `--max-unpacked-size`: the most a .docx or .pdf may unpack to, in bytes. */
      readonly maxUnpackedBytes: number | undefined;
    }
  | {
      readonly name: "audit" | "extract";
      readonly inputs: readonly string[];
      readonly format: OutputFormat;
      readonly out: string | undefined;
      readonly lang: "vi" | "en";
      readonly rounding: RoundingMode;
      /** `--report-date`: the report's date (ISO), instead of the one in its header. */
      readonly reportDate: string | undefined;
      /** `--registry`: check named units against the commune registry too. */
      readonly registry: boolean;
      readonly failOn: FailOn;
      readonly color: boolean;
      /** Worker threads at most (`--jobs`); undefined: one per core. */
      readonly jobs: number | undefined;
      /** False with `--no-progress`: never draw a progress bar. */
      readonly progress: boolean;
      /** `--max-unpacked-size`: the most a .docx or .pdf may unpack to, in bytes. */
      readonly maxUnpackedBytes: number | undefined;
    };

/** A command line that cannot be run, with the one line to print. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const FORMATS: readonly OutputFormat[] = ["text", "json", "html"];
const FAIL_ON: readonly FailOn[] = ["error", "warning", "never"];

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
}

/**
 * Parses `baocao` arguments (without the node and script paths).
 *
 * @param argv - the arguments
 * @param isTTY - whether standard output is a terminal (colour by default only then)
 * @returns the command to run
 * @throws UsageError with a one-line message when the arguments are wrong
 */
export function parseCommandLine(argv: readonly string[], isTTY = false): Command {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      format: { type: "string", short: "f" },
      out: { type: "string", short: "o" },
      lang: { type: "string" },
      rounding: { type: "string" },
      "fail-on": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      jobs: { type: "string", short: "j" },
      "report-date": { type: "string" },
      registry: { type: "boolean" },
      "no-progress": { type: "boolean" },
      "max-unpacked-size": { type: "string" },
    },
  });
  const known = new Set([
    "help",
    "version",
    "format",
    "out",
    "lang",
    "rounding",
    "fail-on",
    "color",
    "no-color",
    "jobs",
    "no-progress",
    "report-date",
    "registry",
    "max-unpacked-size",
  ]);
  for (const key of Object.keys(values)) {
    if (!known.has(key)) throw new UsageError(`unknown option --${key} (see baocao --help)`);
  }
  const [name, ...rest] = positionals;
  if (values.version) return { name: "version" };
  if (values.help || name === undefined || name === "help") {
    return name === undefined || name === "help"
      ? rest[0] === undefined
        ? { name: "help" }
        : { name: "help", topic: rest[0] }
      : { name: "help", topic: name };
  }
  if (typeof values["max-unpacked-size"] === "boolean")
    throw new UsageError("--max-unpacked-size needs a value");
  const maxUnpackedBytes = sizeOf(values["max-unpacked-size"]);
  if (name === "convert") {
    if (rest.length !== 1 || rest[0] === undefined) {
      throw new UsageError("baocao convert needs one file (or - for standard input)");
    }
    return {
      name: "convert",
      input: rest[0],
      out: typeof values.out === "string" ? values.out : undefined,
      maxUnpackedBytes,
    };
  }
  if (name !== "audit" && name !== "extract") {
    throw new UsageError(
      `unknown command "${name}" (commands: audit, extract, convert; see baocao --help)`,
    );
  }
  for (const key of [
    "format",
    "out",
    "lang",
    "rounding",
    "fail-on",
    "jobs",
    "report-date",
  ] as const) {
    if (typeof values[key] === "boolean") throw new UsageError(`--${key} needs a value`);
  }
  const string = (key: string): string | undefined => {
    const value = values[key];
    return typeof value === "string" ? value : undefined;
  };
  if (rest.length === 0) {
    throw new UsageError(`baocao ${name} needs a file, a directory or - for standard input`);
  }
  const format = oneOf(
    string("format") ?? (name === "extract" ? "json" : "text"),
    FORMATS,
    "--format",
  );
  if (name === "extract" && format !== "json") throw new UsageError("extract writes JSON only");
  return {
    name,
    inputs: rest,
    format,
    out: string("out"),
    lang: oneOf(string("lang") ?? "vi", ["vi", "en"] as const, "--lang"),
    rounding: oneOf(string("rounding") ?? "half-up", ROUNDING_MODES, "--rounding"),
    reportDate: reportDateOf(string("report-date")),
    registry: values.registry === true,
    failOn: oneOf(string("fail-on") ?? "error", FAIL_ON, "--fail-on"),
    color: values["no-color"] ? false : values.color ? true : isTTY,
    jobs: jobsOf(string("jobs")),
    progress: values["no-progress"] !== true,
    maxUnpackedBytes,
  };
}

const SIZE_UNITS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, g: 1e9 };

/** `--max-unpacked-size`: a size with its unit, "500MB", "2GB", "1.5 GB" (powers of 1000). */
function sizeOf(value: string | boolean | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg])b?\s*$/i.exec(value);
  const bytes = m ? Math.round(Number(m[1]) * (SIZE_UNITS[(m[2] ?? "").toLowerCase()] ?? 0)) : 0;
  if (!m || bytes < 1 || !Number.isSafeInteger(bytes))
    throw new UsageError(
      `--max-unpacked-size must be a size with its unit, such as 500MB or 2GB (got "${value}")`,
    );
  return bytes;
}

function reportDateOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  // A day of the calendar, years 1000 to 9999 (what auditText takes as its reportDate).
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!m || year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new UsageError(`--report-date must be a real date written YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

function jobsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,3}$/.test(value)) {
    throw new UsageError(`--jobs must be a whole number from 1 to 9999 (got "${value}")`);
  }
  return Number(value);
}
