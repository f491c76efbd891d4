// The API site (typedoc.json, scripts/typedoc-categories.mjs): every guide is a page of it, and
// every concept folder of the source has its category, so no export falls into "Other".
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url);
const config = JSON.parse(readFileSync(new URL("typedoc.json", ROOT), "utf8")) as {
  projectDocuments: string[];
  conceptCategories: Record<string, string>;
  categoryOrder: string[];
};

describe("the typedoc site", () => {
  it("has every guide under docs/ and the changelog as a page, once", () => {
    const guides = readdirSync(fileURLToPath(new URL("docs/", ROOT)), { recursive: true })
      .map((file) => `docs/${String(file).replaceAll("\\", "/")}`)
      .filter((file) => file.endsWith(".md") && !file.startsWith("docs/api/"));
    expect([...config.projectDocuments].sort()).toEqual([...guides, "CHANGELOG.md"].sort());
  });

  it("gives every concept folder of src/ a category, in the order of the navigation", () => {
    const folders = readdirSync(fileURLToPath(new URL("src/", ROOT)), { withFileTypes: true })
      // The command line and the browser app are programs over the library, not its API.
      .filter((entry) => entry.isDirectory() && entry.name !== "cli" && entry.name !== "app")
      .map((entry) => entry.name);
    expect(Object.keys(config.conceptCategories).sort()).toEqual(folders.sort());
    for (const category of Object.values(config.conceptCategories))
      expect(config.categoryOrder).toContain(category);
  });
});
