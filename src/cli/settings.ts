import { dirname, join, resolve } from "node:path";
import { ACCEPTANCE_FILE_NAME, type RoundingMode, type Severity } from "baocao";
import type { AuditFlags, FailOn, OutputRequest } from "./args.js";
import { type LoadedConfig, loadConfig } from "./config.js";
import type { Lang } from "./i18n.js";
import type { CodeSetting } from "./review.js";

/** Who named the acceptance file: the command line (`--acceptance-file`) or the config. */
export type AcceptanceNamer = "command line" | "config";

/** `audit` or `extract` with every option decided: the command line, then the config, then defaults. */
export interface AuditCommand {
  readonly name: "audit" | "extract";
  readonly inputs: readonly string[];
  /** Every output, at least one (text for audit, json for extract, when none was asked for). */
  readonly outputs: readonly OutputRequest[];
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly rounding: RoundingMode;
  readonly reportDate: string | undefined;
  readonly registry: boolean;
  readonly failOn: FailOn;
  readonly minSeverity: Severity;
  /** Colour the text written to standard output. */
  readonly color: boolean;
  readonly jobs: number | undefined;
  readonly progress: boolean;
  readonly maxUnpackedBytes: number | undefined;
  readonly codes: Readonly<Record<string, CodeSetting>>;
  /**
   * The acceptance file, and who named it: `--acceptance-file` (it must exist unless --accept),
   * the config's `acceptanceFile` (missing, it is empty, with a notice), or nobody (the default).
   */
  readonly acceptanceFile: { readonly path: string; readonly named: AcceptanceNamer | undefined };
  readonly accept: boolean;
  readonly showAccepted: boolean;
  readonly stdinFilename: string | undefined;
  readonly ignore: readonly string[];
  readonly useIgnore: boolean;
  /** Write GitHub Actions annotations with paths relative to this folder; undefined: none. */
  readonly annotationBase: string | undefined;
  /** The config file read, if any. */
  readonly configPath: string | undefined;
}

/**
 * Whether to colour text for a terminal, as the NO_COLOR and FORCE_COLOR conventions say:
 * `--color`/`--no-color` first; then NO_COLOR (set and not empty: no colour, whatever else); then
 * FORCE_COLOR (colour, unless it is `0` or `false`); then a terminal that is not `TERM=dumb`.
 *
 * @param flag - `--color` (true), `--no-color` (false) or neither
 * @param env - the environment
 * @param isTTY - whether the output is a terminal
 * @returns whether to colour
 */
export function colorOf(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return isTTY && env.TERM !== "dumb";
}

/**
 * Decides every option of `audit` or `extract`: what the command line says, else what the
 * config file says (found from the working directory up, or `--config`), else the default.
 *
 * @param flags - the parsed command line
 * @param io - the environment, whether standard output is a terminal, the working directory
 * @returns the command to run
 * @throws UsageError for a config file that cannot be used
 */
export async function resolveAudit(
  flags: AuditFlags,
  io: {
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly isTTY: boolean;
    readonly cwd: string;
    readonly config?: LoadedConfig;
  },
): Promise<AuditCommand> {
  const { config, path: configPath } = io.config ?? (await loadConfig(flags.config, io.cwd));
  const folder = configPath === undefined ? io.cwd : dirname(configPath);
  const acceptance = flags.acceptanceFile
    ? { path: resolve(io.cwd, flags.acceptanceFile), named: "command line" as const }
    : config.acceptanceFile
      ? { path: resolve(folder, config.acceptanceFile), named: "config" as const }
      : { path: join(folder, ACCEPTANCE_FILE_NAME), named: undefined };
  const annotate = flags.annotations ?? io.env.GITHUB_ACTIONS === "true";
  return {
    name: flags.name,
    inputs: flags.inputs,
    outputs:
      flags.outputs.length > 0
        ? flags.outputs
        : [{ format: flags.name === "extract" ? "json" : "text", path: undefined }],
    out: flags.out,
    lang: flags.lang ?? config.lang ?? "vi",
    rounding: flags.rounding ?? config.rounding ?? "half-up",
    reportDate: flags.reportDate,
    registry: flags.registry ?? config.registry ?? false,
    failOn: flags.failOn ?? config.failOn ?? "error",
    minSeverity: flags.minSeverity ?? config.minSeverity ?? "info",
    color: colorOf(flags.color, io.env, io.isTTY),
    jobs: flags.jobs,
    progress: flags.progress,
    maxUnpackedBytes: flags.maxUnpackedBytes,
    codes: (config.codes ?? {}) as Readonly<Record<string, CodeSetting>>,
    acceptanceFile: acceptance,
    accept: flags.accept,
    showAccepted: flags.showAccepted,
    stdinFilename: flags.stdinFilename,
    ignore: [...(config.ignore ?? []), ...flags.ignorePatterns],
    useIgnore: flags.useIgnore,
    annotationBase: annotate ? (io.env.GITHUB_WORKSPACE ?? io.cwd) : undefined,
    configPath,
  };
}
