import * as z from "zod/mini";
import { vietnameseDateSchema } from "../dates/schema.js";
import { DOCUMENT_FAMILIES } from "./shapes.js";

const CODE = /^[A-ZĐ][A-Za-zĐđ&]*\d{0,2}$/u;

const pattern = (regex: RegExp, message?: string) => z.string().check(z.regex(regex, message));

/**
 * The zod schema of a {@link DocumentRef}: the fields each family needs and nothing it cannot
 * have. JSON Schema can be produced from it with `z.toJSONSchema`. A zod/mini schema, in a
 * module of its own so that a program that only reads references never carries it.
 *
 * @example
 * ```ts
 * import { documentRefSchema } from "baocao";
 *
 * documentRefSchema.safeParse({ family: "party", number: "12", type: "KH", issuers: ["HU"] }).success; // true
 * documentRefSchema.safeParse({ family: "party", number: "12", issuers: ["HU"] }).success; // false
 * ```
 */
export const documentRefSchema = z
  .object({
    family: z.enum(DOCUMENT_FAMILIES),
    number: pattern(/^\d{1,6}[a-zA-Z]?$/u, "a number such as 114, 08 or 30c"),
    year: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2999))),
    type: z.optional(pattern(/^[A-ZĐ][A-Za-zĐđ]*(?:-[A-Z]{2})?$/u)),
    issuers: z.array(pattern(CODE, "an issuer code such as TW or UBND")),
    unit: z.optional(pattern(CODE)),
    kind: z.optional(z.string().check(z.minLength(1))),
    date: z.optional(vietnameseDateSchema),
    term: z.optional(pattern(/^[IVXL]{1,6}$/u, "a Roman numeral such as XI")),
    body: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.superRefine((ref, ctx) => {
      const need = (ok: boolean, message: string, path: string) => {
        if (!ok) ctx.addIssue({ code: "custom", message, path: [path] });
      };
      const hasYear = ref.family === "normative" || ref.family === "court";
      need(
        hasYear === (ref.year !== undefined),
        `a ${ref.family} reference ${hasYear ? "needs" : "has no"} year`,
        "year",
      );
      need(
        ref.family === "court" ? ref.issuers.length === 0 : ref.issuers.length > 0,
        ref.family === "court" ? "a judgment has no issuer code" : "at least one issuer code",
        "issuers",
      );
      const typed =
        ref.family === "party" || ref.family === "administrative" || ref.family === "court";
      if (typed)
        need(ref.type !== undefined, `a ${ref.family} reference needs a type code`, "type");
      if (ref.family === "letter")
        need(ref.type === undefined, "a công văn has no type code", "type");
      if (ref.family !== "letter")
        need(ref.unit === undefined, "only a công văn has a drafting unit", "unit");
    }),
  );
