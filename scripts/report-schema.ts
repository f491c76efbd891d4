// Writes report.schema.json (shipped as `baocao/report.schema.json`) from the zod schema, so
// validators in other languages check structured reports against the very same rules.
// Usage: npx tsx scripts/report-schema.ts [--write]
import { writeFileSync } from "node:fs";
import { reportSchemaJson } from "../src/structured/json-schema.js";

const text = `${JSON.stringify(reportSchemaJson(), null, 2)}\n`;
if (process.argv.includes("--write"))
  writeFileSync(new URL("../report.schema.json", import.meta.url), text);
else process.stdout.write(text);
