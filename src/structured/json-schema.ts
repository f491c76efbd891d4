import * as z from "zod/mini";
import { reportDataSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of a structured report, generated from the zod schema; the
 * package ships it as `baocao/report.schema.json`.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * ```ts
 * import { reportSchemaJson } from "baocao";
 *
 * reportSchemaJson().title; // "baocao structured report"
 * ```
 */
export function reportSchemaJson(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportDataSchema, { unrepresentable: "any" }),
    $id: "https://unpkg.com/baocao/report.schema.json",
    title: "baocao structured report",
    description:
      "A Vietnamese government report as data: metadata, the indicator values it states, and the claims relating them (see docs/structured.md).",
  };
}
