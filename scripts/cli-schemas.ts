// Writes the JSON Schemas the package ships beside report.schema.json, each generated from its
// zod schema so other languages validate against the very same rules:
//   acceptance.schema.json  the acceptance file (`baocao audit --accept`)
//   config.schema.json      baocao.config.json
//   audit.schema.json       the output of `baocao audit --format json`
// Usage: npx tsx scripts/cli-schemas.ts [--write]   (tests/cli/schemas.test.ts compares)
import { writeFileSync } from "node:fs";
import { auditOutputSchemaJson } from "../src/cli/audit-schema.js";
import { configSchemaJson } from "../src/cli/config-schema.js";
import { acceptanceSchemaJson } from "../src/findings/acceptance.js";

/** Each shipped schema: its file at the package's root, and its content. */
export const SHIPPED_SCHEMAS: readonly (readonly [string, () => Record<string, unknown>])[] = [
  ["acceptance.schema.json", acceptanceSchemaJson],
  ["config.schema.json", configSchemaJson],
  ["audit.schema.json", auditOutputSchemaJson],
];

const text = (schema: Record<string, unknown>): string => `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes("--write")) {
  for (const [file, schema] of SHIPPED_SCHEMAS)
    writeFileSync(new URL(`../${file}`, import.meta.url), text(schema()));
} else {
  for (const [file, schema] of SHIPPED_SCHEMAS)
    process.stdout.write(`// ${file}\n${text(schema())}`);
}
