import { acceptedFindingSchema } from "baocao";
import { z } from "zod";
import { AUDIT_JSON_VERSION } from "./format-json.js";

const severity = z.enum(["error", "warning", "info"]);
const count = z.number().int().min(0);
const position = z.number().int().min(1).nullable();
const offset = z.number().int().min(0).nullable();

const originSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("text"), line: z.number().int().min(1) }),
    z.object({ kind: z.literal("pdf"), page: z.number().int().min(1) }),
    z.object({
      kind: z.literal("word"),
      paragraph: z.number().int().min(1),
      cell: z
        .object({
          table: z.number().int().min(1),
          row: z.number().int().min(1),
          column: z.number().int().min(1),
        })
        .optional(),
      footnote: z.number().int().min(1).optional(),
    }),
  ])
  .nullable()
  .describe("Where the finding stands in the original document (line, page, paragraph and cell).");

const findingSchema = z.object({
  code: z.string().describe("A stable code (docs/finding-codes.md)."),
  severity,
  message: z.string().describe("The recomputation in plain words, in the run's language."),
  line: position,
  column: position.describe("1-based, in UTF-16 code units of the text as read."),
  start: offset.describe("UTF-16 offset into the text as read (extracted, for Word and PDF)."),
  end: offset,
  excerpt: z.string().nullable(),
  origin: originSchema,
  fingerprint: z
    .string()
    .regex(/^([0-9a-f]{64})?$/)
    .describe("fingerprintFinding: the key of the acceptance file."),
  accepted: z
    .boolean()
    .describe("Listed with --show-accepted although the acceptance file accepts it."),
  data: z
    .record(z.string(), z.unknown())
    .describe("The inputs as written and the exact values computed."),
});

const claimSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(["consistent", "info", "warning", "error"]),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  excerpt: z.string(),
  section: z.string().nullable(),
  explanation: z.string(),
  indicator: z.string().nullable(),
  figures: z.array(z.object({ role: z.string(), text: z.string(), value: z.string() })),
});

const statsSchema = z
  .object({
    claims: count,
    consistent: count,
    characters: count,
    error: count.describe("Findings reported at this severity (accepted ones not counted)."),
    warning: count,
    info: count,
    accepted: count.describe("Findings the acceptance file accepts."),
    unlisted: count.describe("Findings reported but below --min-severity, so not listed."),
  })
  .nullable();

const fileSchema = z.object({
  file: z
    .string()
    .describe("The path as given or found; <stdin> or --stdin-filename for standard input."),
  key: z.string().describe("The name relative to the folder audited: the acceptance file's key."),
  error: z
    .object({ code: z.string(), message: z.string() })
    .nullable()
    .describe("Why the file could not be read (null when it was audited)."),
  reportDate: z.string().nullable(),
  notices: z.array(z.string()),
  findings: z.array(findingSchema),
  claims: z.array(claimSchema),
  stats: statsSchema,
  stale: z
    .array(acceptedFindingSchema)
    .describe("Accepted entries of this file that no finding matched."),
});

/**
 * The zod schema of the JSON output of `baocao audit --format json`: one object whatever the
 * number of files, shipped as JSON Schema (`baocao/audit.schema.json`).
 */
export const auditOutputSchema = z.object({
  $schema: z.string(),
  version: z.literal(AUDIT_JSON_VERSION),
  tool: z.object({ name: z.literal("baocao"), version: z.string() }),
  lang: z.enum(["vi", "en"]),
  files: z.array(fileSchema).describe("One element per input, in input order."),
  summary: z.object({
    files: count,
    unread: count,
    error: count,
    warning: count,
    info: count,
    claims: count,
    consistent: count,
    accepted: count,
    unlisted: count,
    stale: count,
  }),
});

/**
 * The JSON Schema (draft 2020-12) of the JSON output, shipped as `baocao/audit.schema.json`.
 *
 * @returns the JSON Schema as a plain object
 */
export function auditOutputSchemaJson(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(auditOutputSchema),
    $id: "https://unpkg.com/baocao/audit.schema.json",
    title: "baocao audit output",
    description:
      "What `baocao audit --format json` writes: one object with a version, the tool, every file's findings, claims and counts, and the run's summary (see docs/cli.md#json-output).",
  };
}
