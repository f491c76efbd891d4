import * as z from "zod/mini";
import { CLAIM_KINDS } from "../audit/claim.js";
import { relationSchema } from "../audit/relation-schema.js";
import { figureIssues } from "./figure-rules.js";

const count = (min: number, max?: number) =>
  z.number().check(z.int(), z.gte(min), ...(max === undefined ? [] : [z.lte(max)]));
const text = (description: string) => z.string().check(z.describe(description));
const optionalText = (description: string) => z.optional(z.string()).check(z.describe(description));

const spanSchema = z
  .object({
    start: count(0),
    end: count(0),
    line: count(1),
    column: count(1),
    excerpt: z.string(),
  })
  .check(z.describe("Where in the source text (UTF-16 offsets, 1-based line and column)."));

const messageSchema = z.object({ vi: z.string(), en: z.string() });

/** The zod schema of a finding as a structured report carries it. */
export const findingSchema = z.object({
  code: z.string().check(z.minLength(1)),
  severity: z.enum(["error", "warning", "info"]),
  message: messageSchema,
  inputs: z.record(z.string(), z.string()),
  computed: z.record(z.string(), z.string()),
  span: z.optional(spanSchema),
  data: z.optional(z.record(z.string(), z.unknown())),
});

/** The zod schema of one indicator value of a structured report (a figure the report states). */
export const indicatorValueSchema = z.object({
  id: z.string().check(z.minLength(1), z.describe("Referred to by the claims' relations.")),
  text: text('As written ("1.353", "99,42%").'),
  value: z
    .string()
    .check(
      z.regex(/^-?\d+(\.\d+)?$/, "a plain decimal such as 1353 or 99.42"),
      z.describe("The exact value, plain decimal."),
    ),
  decimals: count(0, 20).check(z.describe("Decimal places as written.")),
  percent: z.boolean(),
  unit: optionalText('Canonical unit ("đơn", "hộ").'),
  qualifier: z.optional(z.enum(["over", "under", "nearly", "about", "at-least", "at-most"])),
  indicator: optionalText("Id of the catalogue indicator it measures."),
  period: optionalText('The period it covers, as written ("6 tháng đầu năm 2024").'),
  administrativeUnit: optionalText('The unit it is about ("xã Đức Bác").'),
  span: z.optional(spanSchema),
});

/** The zod schema of one claim of a structured report: a relation over indicator values. */
export const reportClaimSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(CLAIM_KINDS),
  relation: z
    .optional(relationSchema)
    .check(
      z.describe(
        "What the claim asserts; recomputed by auditReport. Absent for text-level checks.",
      ),
    ),
  findings: z
    .optional(z.array(findingSchema))
    .check(
      z.describe(
        "Findings that depend on the text (citations, dates, unit and indicator checks), carried as found.",
      ),
    ),
  span: z.optional(spanSchema),
  section: z.optional(z.string()),
  indicator: z.optional(z.string()),
});

/**
 * The zod schema of a report as data: metadata, sections, the indicator values it states and the
 * claims relating them. `baocao extract` writes it, `auditReport` checks it, and the package
 * ships it as JSON Schema (`baocao/report.schema.json`).
 *
 * @example
 * ```ts
 * import { reportDataSchema } from "baocao";
 *
 * reportDataSchema.safeParse({ version: 1, metadata: {}, indicators: [], claims: [] }).success; // true
 * ```
 */
export const reportDataSchema = z
  .object({
    $schema: z.optional(z.string()),
    version: z.literal(1),
    metadata: z.object({
      title: z.optional(z.string()),
      number: optionalText('Number and symbol ("215/BC-UBND").'),
      issuer: z.optional(z.string()),
      scope: optionalText("The administrative unit the report is about."),
      date: z.optional(
        z
          .string()
          .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO date: YYYY-MM-DD, YYYY-MM or YYYY")),
      ),
      period: z.optional(z.object({ start: z.optional(z.string()), end: z.optional(z.string()) })),
      source: optionalText("The file it was extracted from."),
    }),
    sections: z.optional(z.array(z.string())),
    indicators: z.array(indicatorValueSchema),
    claims: z.array(reportClaimSchema),
  })
  .check(
    z.superRefine((report, ctx) => {
      for (const issue of referenceIssues(report)) ctx.addIssue({ code: "custom", ...issue });
      for (const issue of figureIssues(report)) ctx.addIssue({ code: "custom", ...issue });
    }),
  );

/** A report as data (see {@link reportDataSchema}). */
export type ReportData = z.infer<typeof reportDataSchema>;
/** One indicator value of a structured report. */
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
/** One claim of a structured report. */
export type ReportClaim = z.infer<typeof reportClaimSchema>;

/**
 * Ids used twice, and relations naming an indicator that does not exist, with their paths.
 *
 * @param report - indicators and claims (other fields are not read)
 * @returns every such issue
 */
export function referenceIssues(report: {
  indicators: readonly { id: string }[];
  claims: readonly { relation?: z.infer<typeof relationSchema> | undefined }[];
}): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  report.indicators.forEach((v, i) => {
    if (ids.has(v.id))
      issues.push({ path: ["indicators", i, "id"], message: `duplicate id "${v.id}"` });
    ids.add(v.id);
  });
  report.claims.forEach((c, i) => {
    if (!c.relation) return;
    for (const id of referencedIds(c.relation)) {
      if (!ids.has(id))
        issues.push({ path: ["claims", i, "relation"], message: `no indicator with id "${id}"` });
    }
  });
  return issues;
}

function referencedIds(relation: z.infer<typeof relationSchema>): string[] {
  const ids: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (
      typeof value === "string" &&
      key !== "kind" &&
      key !== "label" &&
      key !== "direction" &&
      key !== "list" &&
      key !== "candidatesFrom"
    ) {
      ids.push(value);
    } else if (Array.isArray(value)) {
      if (key !== "candidates" && key !== "rowLabels") for (const v of value) visit(v, key);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(relation, "");
  return ids;
}
