import { ROUNDING_MODES } from "baocao";
import { z } from "zod";
import { findingCodes } from "./codes.js";

const codeNames = [...findingCodes().keys()] as [string, ...string[]];

/**
 * The zod schema of `baocao.config.json`: the options a validator sets once. Every key is
 * optional; an unknown key is refused (a typo would otherwise be silently ignored). The package
 * ships it as JSON Schema, `baocao/config.schema.json`.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  lang: z.enum(["vi", "en"]).optional().describe("Language of messages (--lang)."),
  rounding: z
    .enum(ROUNDING_MODES)
    .optional()
    .describe("Rounding officials are assumed to use (--rounding)."),
  failOn: z
    .enum(["error", "warning", "info", "never"])
    .optional()
    .describe("Exit 1 when a finding at or above this severity is reported (--fail-on)."),
  minSeverity: z
    .enum(["error", "warning", "info"])
    .optional()
    .describe("List only findings at or above this severity (--min-severity, --quiet)."),
  codes: z
    .partialRecord(z.enum(codeNames), z.enum(["off", "error", "warning", "info"]))
    .optional()
    .describe('Codes turned off ("off") or given another severity, by finding code.'),
  acceptanceFile: z
    .string()
    .min(1)
    .optional()
    .describe(
      "The acceptance file, relative to this config file (default baocao.accepted.json beside it).",
    ),
  registry: z
    .boolean()
    .optional()
    .describe("Check named units against the official lists on the report's date (--registry)."),
  ignore: z
    .array(z.string().min(1))
    .optional()
    .describe("Files and folders left out of the folders searched (.gitignore syntax)."),
});

/** A config file's content (see {@link configSchema}). */
export type Config = z.infer<typeof configSchema>;

/**
 * The JSON Schema (draft 2020-12) of `baocao.config.json`, shipped as
 * `baocao/config.schema.json`, so editors complete and check the file.
 *
 * @returns the JSON Schema as a plain object
 */
export function configSchemaJson(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema),
    $id: "https://unpkg.com/baocao/config.schema.json",
    title: "baocao config file",
    description:
      "Options of the baocao command line set once for a folder of reports (see docs/cli.md#the-config-file).",
  };
}
