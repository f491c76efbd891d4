import * as z from "zod/mini";

// The schema lives apart from the calculators' dispatch (relations.ts), so a program that audits
// text without validating relations carries no schema library; zod/mini keeps it small anyway.
const ref = z
  .string()
  .check(z.minLength(1), z.describe("The id of a figure (an indicator of the structured report)."));
const optionalRef = z.optional(ref);
const described = <T extends z.core.$ZodType>(schema: T, description: string) =>
  z.optional(schema).check(z.describe(description));

/** A node of a breakdown: a figure, its label, and how its parts are listed. */
export interface BreakdownRelationNode {
  /** The figure's id. */
  readonly figure: string;
  /** What it counts ("cấp huyện"). */
  readonly label: string;
  /** `all` ("gồm"), `some` ("trong đó"), `paren` (an unmarked bracket: all, a shortfall only warns). */
  readonly list?: "all" | "some" | "paren" | undefined;
  /** Its parts. */
  readonly children?: readonly BreakdownRelationNode[] | undefined;
}

const breakdownNodeSchema: z.ZodMiniType<BreakdownRelationNode> = z.lazy(() =>
  z.object({
    figure: ref,
    label: z.string(),
    list: z.optional(z.enum(["all", "some", "paren"])),
    children: z.optional(z.array(breakdownNodeSchema)),
  }),
);

/**
 * The zod schema of a {@link Relation}: what a claim asserts about its figures, as data. It is
 * the calculator's input, by figure id, so a structured report can be checked again.
 *
 * @example
 * ```ts
 * import { relationSchema } from "baocao";
 *
 * relationSchema.safeParse({ kind: "percentage", part: "f1", whole: "f2", stated: "f3" }).success; // true
 * ```
 */
export const relationSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("percentage"),
    part: ref,
    whole: ref,
    stated: ref,
    candidates: described(z.array(z.string()), "Other figures of the passage tried as the base."),
    candidatesFrom: z.optional(z.enum(["passage", "row"])),
    complement: described(
      z.boolean(),
      "Whether 100 minus the other share may explain it (false when no other share is stated).",
    ),
  }),
  z.object({
    kind: z.literal("share"),
    part: ref,
    whole: ref,
    stated: ref,
    inferred: z
      .boolean()
      .check(z.describe("The base was taken from the passage, not named next to the share.")),
    complement: z.optional(z.boolean()),
    candidates: described(
      z.array(z.string()),
      "Other figures of the passage tried as the base when this one does not fit.",
    ),
  }),
  z.object({
    kind: z.literal("share-of-sum"),
    part: ref,
    parts: z
      .array(ref)
      .check(
        z.minLength(2),
        z.describe("The figures whose sum is the base (with the part: their shares make 100)."),
      ),
    stated: ref,
  }),
  z.object({ kind: z.literal("reachability"), whole: ref, stated: ref }),
  z.object({
    kind: z.literal("composition"),
    shares: z
      .array(ref)
      .check(
        z.minLength(2),
        z.describe("Shares of one whole, all of it between them ('cơ cấu'): they make 100."),
      ),
    labels: z.optional(z.array(z.string())),
  }),
  z.object({
    kind: z.literal("breakdown"),
    root: breakdownNodeSchema,
    rounded: described(
      z.union([z.boolean(), z.literal("units")]),
      "The figures are rounded as printed (a statistical table): a node's parts may miss it by half a unit of the last decimal for each figure. Whole figures are taken as exact unless this is `units` (a table in thousands, millions or billions, whose whole figures are rounded too).",
    ),
  }),
  z.object({
    kind: z.literal("table-total"),
    total: ref,
    parts: z.array(z.nullable(z.object({ count: ref, percent: optionalRef }))),
    column: z.int().check(z.minimum(0)),
    label: z.string(),
    rowLabels: z.array(z.string()),
  }),
  z.object({
    kind: z.literal("resolution"),
    resolved: ref,
    toResolve: optionalRef,
    received: optionalRef,
    carriedOver: optionalRef,
    underJurisdiction: optionalRef,
    pending: optionalRef,
    rate: optionalRef,
  }),
  z.object({
    kind: z.literal("average"),
    total: ref,
    count: ref,
    stated: ref,
    scale: described(
      z.string().check(z.regex(/^\d+(\.\d+)?$/)),
      "What one unit of the stated average, as written, is worth in the total's unit: 1000000 for '1,1 triệu đồng' against a total in đồng, 0.1 for tạ against tấn (default 1).",
    ),
    totalStep: described(
      z.string().check(z.regex(/^\d+(\.\d+)?$/)),
      "The step the total is written rounded to (1000000 for '2.046 triệu đồng'): the average holds when a total within half a step gives it, or within one step above or below when the total's figure is qualified ('hơn', 'gần'). Default: the total is exact.",
    ),
  }),
  z.object({
    kind: z.literal("change"),
    before: optionalRef,
    after: ref,
    change: optionalRef,
    percent: optionalRef,
    direction: z.enum(["increase", "decrease"]),
  }),
]);

/** What a claim asserts about its figures (see {@link relationSchema}). */
export type Relation = z.infer<typeof relationSchema>;
