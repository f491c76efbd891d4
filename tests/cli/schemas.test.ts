import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { SHIPPED_SCHEMAS } from "../../scripts/cli-schemas.js";
import { configSchema } from "../../src/cli/config-schema.js";

const root = new URL("../../", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));

describe("the JSON Schemas the package ships", () => {
  it.each(SHIPPED_SCHEMAS.map(([file, schema]) => [file, schema] as const))(
    "%s is generated from its zod schema (regenerate with npx tsx scripts/cli-schemas.ts --write) and exported",
    (file, schema) => {
      const shipped = JSON.parse(readFileSync(new URL(file, root), "utf8"));
      expect(shipped).toEqual(JSON.parse(JSON.stringify(schema())));
      expect(pkg.exports[`./${file}`]).toBe(`./${file}`);
      expect(pkg.files).toContain(file);
    },
  );

  it("config.schema.json takes what the zod schema takes, and refuses what it refuses", () => {
    const ajv = new Ajv2020({ strict: false });
    const valid = ajv.compile(
      JSON.parse(readFileSync(new URL("config.schema.json", root), "utf8")),
    );
    const configs: unknown[] = [
      {},
      { lang: "en", rounding: "truncate", failOn: "warning", minSeverity: "warning" },
      { codes: { REF_SPACING: "off", TOTAL_PARTIAL: "warning" }, registry: true },
      { acceptanceFile: "review/accepted.json", ignore: ["drafts/", "*.md"] },
      { codes: { NOT_A_CODE: "off" } },
      { codes: { REF_SPACING: "loud" } },
      { lang: "fr" },
      { ignore: "drafts/" },
      { colour: true },
    ];
    for (const config of configs)
      expect(valid(config), JSON.stringify(config)).toBe(configSchema.safeParse(config).success);
    expect(configs.filter((c) => configSchema.safeParse(c).success)).toHaveLength(4);
  });
});
