import { parseArgs } from "node:util";
import { ROUNDING_MODES, type RoundingMode } from "baocao";
import { type Lang, type Text, text } from "./i18n.js";

/** Output formats of `baocao audit`. */
export type OutputFormat = "text" | "json" | "html" | "sarif" | "junit";

/** The formats, in the order the help lists them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["text", "json", "html", "sarif", "junit"];

/** The threshold at which `baocao audit` exits with status 1. */
export type FailOn = "error" | "warning" | "info" | "never";

/** The least severity a finding needs to be listed (`--min-severity`, `--quiet`). */
export type MinSeverity = "error" | "warning" | "info";

/** One output asked for: a format, and where it goes (undefined: `--out`, or standard output). */
export interface OutputRequest {
  readonly format: OutputFormat;
  readonly path: string | undefined;
}

/**
 * What the command line of `audit` or `extract` says. An option left unset is undefined: the
 * config file's value, then the default, applies (see `settings.ts`).
 */
export interface AuditFlags {
  readonly name: "audit" | "extract";
  readonly inputs: readonly string[];
  /** Every `--format`, in order; empty when none was given. */
  readonly outputs: readonly OutputRequest[];
  readonly out: string | undefined;
  readonly lang: Lang | undefined;
  readonly rounding: RoundingMode | undefined;
  /** `--report-date`: the report's date (ISO), instead of the one in its header. */
  readonly reportDate: string | undefined;
  /** `--registry` (true) or `--no-registry` (false). */
  readonly registry: boolean | undefined;
  readonly failOn: FailOn | undefined;
  readonly minSeverity: MinSeverity | undefined;
  /** `--color` (true) or `--no-color` (false); undefined: the environment decides. */
  readonly color: boolean | undefined;
  /** Worker threads at most (`--jobs`); undefined: one per core. */
  readonly jobs: number | undefined;
  /** False with `--no-progress`: never draw a progress bar. */
  readonly progress: boolean;
  /** `--max-unpacked-size`: the most a .docx or .pdf may unpack to, in bytes. */
  readonly maxUnpackedBytes: number | undefined;
  /** `--config PATH`; false with `--no-config`; undefined: search from the working directory. */
  readonly config: string | false | undefined;
  /** `--accept`: record the current findings as accepted. */
  readonly accept: boolean;
  /** `--show-accepted`: list accepted findings too, marked. */
  readonly showAccepted: boolean;
  /** `--acceptance-file PATH`. */
  readonly acceptanceFile: string | undefined;
  /** `--stdin-filename NAME`: the name standard input is shown and keyed by. */
  readonly stdinFilename: string | undefined;
  /** Every `--ignore-pattern`. */
  readonly ignorePatterns: readonly string[];
  /** False with `--no-ignore`. */
  readonly useIgnore: boolean;
  /** `--annotations` (true) or `--no-annotations` (false); undefined: on in GitHub Actions. */
  readonly annotations: boolean | undefined;
}

/** A parsed command line. */
export type Command =
  | { readonly name: "help"; readonly lang: Lang | undefined }
  | { readonly name: "version" }
  | {
      readonly name: "convert";
      readonly input: string;
      readonly out: string | undefined;
      readonly lang: Lang | undefined;
      /** `--max-unpacked-size`: the most a .docx or .pdf may unpack to, in bytes. */
      readonly maxUnpackedBytes: number | undefined;
    }
  | AuditFlags;

/** A command line that cannot be run, with the one line to print in both languages. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly text: Text;

  constructor(message: Text) {
    super(message.en);
    this.text = message;
  }
}

const FAIL_ON: readonly FailOn[] = ["error", "warning", "info", "never"];
const SEVERITIES: readonly MinSeverity[] = ["error", "warning", "info"];

/** The severities' Vietnamese names, the words of the text output, taken by the severity options. */
const VIETNAMESE_SEVERITIES: Readonly<Record<string, MinSeverity>> = {
  lỗi: "error",
  "cảnh báo": "warning",
  "thông tin": "info",
};

/**
 * A severity option's value (`--fail-on`, `--min-severity`): an English name, or the Vietnamese
 * one the text output shows (`lỗi`, `cảnh báo`, `thông tin`), in any case and Unicode form (a
 * terminal may send decomposed letters).
 */
function severityOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const word = value.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
  const named = VIETNAMESE_SEVERITIES[word] ?? word;
  if ((allowed as readonly string[]).includes(named)) return named as T;
  const vietnamese = Object.keys(VIETNAMESE_SEVERITIES).filter((k) =>
    (allowed as readonly string[]).includes(VIETNAMESE_SEVERITIES[k] ?? ""),
  );
  throw new UsageError(
    text(
      `${flag} phải là một trong ${allowed.join(", ")} (hoặc ${vietnamese.join(", ")}) (nhận được "${value}")`,
      `${flag} must be one of ${allowed.join(", ")} (or ${vietnamese.join(", ")}) (got "${value}")`,
    ),
  );
}

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  format: { type: "string", short: "f", multiple: true },
  out: { type: "string", short: "o" },
  lang: { type: "string" },
  rounding: { type: "string" },
  "fail-on": { type: "string" },
  "min-severity": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  jobs: { type: "string", short: "j" },
  "report-date": { type: "string" },
  registry: { type: "boolean" },
  "no-registry": { type: "boolean" },
  "no-progress": { type: "boolean" },
  "max-unpacked-size": { type: "string" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  accept: { type: "boolean" },
  "show-accepted": { type: "boolean" },
  "acceptance-file": { type: "string" },
  "stdin-filename": { type: "string" },
  "ignore-pattern": { type: "string", multiple: true },
  "no-ignore": { type: "boolean" },
  annotations: { type: "boolean" },
  "no-annotations": { type: "boolean" },
} as const;

/** Options that take a value: given last without one, parseArgs reads them as a flag. */
const NEEDS_VALUE = Object.entries(OPTIONS)
  .filter(([, o]) => o.type === "string")
  .map(([name]) => name);

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    text(
      `${flag} phải là một trong ${allowed.join(", ")} (nhận được "${value}")`,
      `${flag} must be one of ${allowed.join(", ")} (got "${value}")`,
    ),
  );
}

/**
 * The language a command line asks for, read before anything else so that even its usage errors
 * are in that language: the last `--lang vi|en` (or `--lang=…`); undefined when there is none or
 * it is not one of the two.
 *
 * @param argv - the arguments
 * @returns the language, or undefined
 */
export function langOfArgs(argv: readonly string[]): Lang | undefined {
  let lang: Lang | undefined;
  argv.forEach((arg, i) => {
    const value =
      arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "vi" || value === "en") lang = value;
  });
  return lang;
}

/**
 * The `--config` a command line names (or false for `--no-config`), read before the rest so the
 * config's language applies to the rest's errors.
 *
 * @param argv - the arguments
 * @returns the path, false, or undefined
 */
export function configOfArgs(argv: readonly string[]): string | false | undefined {
  let config: string | false | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--no-config") config = false;
    else if ((arg === "--config" || arg === "-c") && argv[i + 1] !== undefined)
      config = argv[i + 1];
    else if (arg.startsWith("--config=")) config = arg.slice(9);
  });
  return config;
}

/**
 * Parses `baocao` arguments (without the node and script paths).
 *
 * @param argv - the arguments
 * @returns the command to run
 * @throws UsageError with a one-line message when the arguments are wrong
 */
export function parseCommandLine(argv: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: OPTIONS,
  });
  for (const key of Object.keys(values)) {
    if (!(key in OPTIONS))
      throw new UsageError(
        text(
          `không có tùy chọn --${key} (xem baocao --help)`,
          `unknown option --${key} (see baocao --help)`,
        ),
      );
  }
  const string = (key: string): string | undefined => {
    const value = values[key];
    return typeof value === "string" ? value : undefined;
  };
  const strings = (key: string): string[] => {
    const value = values[key];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  };
  const lang = langOf(string("lang"));
  const [name, ...rest] = positionals;
  if (values.version) return { name: "version" };
  if (values.help || name === undefined || name === "help") return { name: "help", lang };
  for (const key of NEEDS_VALUE) {
    const value = values[key];
    if (typeof value === "boolean" || (Array.isArray(value) && value.some((v) => v === true)))
      throw new UsageError(text(`--${key} cần một giá trị`, `--${key} needs a value`));
  }
  const maxUnpackedBytes = sizeOf(string("max-unpacked-size"));
  if (name === "convert") {
    if (rest.length !== 1 || rest[0] === undefined) {
      throw new UsageError(
        text(
          "baocao convert cần đúng một tệp (hoặc - cho đầu vào chuẩn)",
          "baocao convert needs one file (or - for standard input)",
        ),
      );
    }
    return { name: "convert", input: rest[0], out: string("out"), lang, maxUnpackedBytes };
  }
  if (name !== "audit" && name !== "extract") {
    throw new UsageError(
      text(
        `không có lệnh "${name}" (các lệnh: audit, extract, convert; xem baocao --help)`,
        `unknown command "${name}" (commands: audit, extract, convert; see baocao --help)`,
      ),
    );
  }
  if (rest.length === 0) {
    throw new UsageError(
      text(
        `baocao ${name} cần một tệp, một thư mục hoặc - cho đầu vào chuẩn`,
        `baocao ${name} needs a file, a directory or - for standard input`,
      ),
    );
  }
  const outputs = strings("format").map(outputOf);
  if (name === "extract" && outputs.some((o) => o.format !== "json"))
    throw new UsageError(text("extract chỉ ghi JSON", "extract writes JSON only"));
  const failOn = string("fail-on");
  const minSeverity = string("min-severity");
  return {
    name,
    inputs: rest,
    outputs,
    out: string("out"),
    lang,
    rounding:
      string("rounding") === undefined
        ? undefined
        : oneOf(string("rounding") ?? "", ROUNDING_MODES, "--rounding"),
    reportDate: reportDateOf(string("report-date")),
    registry: values["no-registry"] ? false : values.registry ? true : undefined,
    failOn: failOn === undefined ? undefined : severityOf(failOn, FAIL_ON, "--fail-on"),
    minSeverity: values.quiet
      ? "error"
      : minSeverity === undefined
        ? undefined
        : severityOf(minSeverity, SEVERITIES, "--min-severity"),
    color: values["no-color"] ? false : values.color ? true : undefined,
    jobs: jobsOf(string("jobs")),
    progress: values["no-progress"] !== true,
    maxUnpackedBytes,
    config: values["no-config"] ? false : string("config"),
    accept: values.accept === true,
    showAccepted: values["show-accepted"] === true,
    acceptanceFile: string("acceptance-file"),
    stdinFilename: string("stdin-filename"),
    ignorePatterns: strings("ignore-pattern"),
    useIgnore: values["no-ignore"] !== true,
    annotations: values["no-annotations"] ? false : values.annotations ? true : undefined,
  };
}

function langOf(value: string | undefined): Lang | undefined {
  return value === undefined ? undefined : oneOf(value, ["vi", "en"] as const, "--lang");
}

/** `--format FORMAT` or `--format FORMAT:PATH` (`sarif:out.sarif`, `html:audit/`). */
function outputOf(value: string): OutputRequest {
  const colon = value.indexOf(":");
  const format = oneOf(colon === -1 ? value : value.slice(0, colon), OUTPUT_FORMATS, "--format");
  const path = colon === -1 ? undefined : value.slice(colon + 1);
  if (path === "")
    throw new UsageError(
      text(
        `--format ${format}: cần đường dẫn sau dấu hai chấm`,
        `--format ${format}: a path is needed after the colon`,
      ),
    );
  return { format, path };
}

const SIZE_UNITS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, g: 1e9 };

/** `--max-unpacked-size`: a size with its unit, "500MB", "2GB", "1.5 GB" (powers of 1000). */
function sizeOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg])b?\s*$/i.exec(value);
  const bytes = m ? Math.round(Number(m[1]) * (SIZE_UNITS[(m[2] ?? "").toLowerCase()] ?? 0)) : 0;
  if (!m || bytes < 1 || !Number.isSafeInteger(bytes))
    throw new UsageError(
      text(
        `--max-unpacked-size phải là một kích thước kèm đơn vị, như 500MB hoặc 2GB (nhận được "${value}")`,
        `--max-unpacked-size must be a size with its unit, such as 500MB or 2GB (got "${value}")`,
      ),
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
    throw new UsageError(
      text(
        `--report-date phải là một ngày có thật, viết YYYY-MM-DD (nhận được "${value}")`,
        `--report-date must be a real date written YYYY-MM-DD (got "${value}")`,
      ),
    );
  }
  return value;
}

function jobsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,3}$/.test(value)) {
    throw new UsageError(
      text(
        `--jobs phải là số nguyên từ 1 đến 9999 (nhận được "${value}")`,
        `--jobs must be a whole number from 1 to 9999 (got "${value}")`,
      ),
    );
  }
  return Number(value);
}
