// docs/indicators.md carries a part generated from the catalogue data: regenerate it and
// compare, so neither can be edited without the other.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INDICATORS_PAGE, regenerate } from "../../scripts/indicators-doc.js";
import {
  BUILT_IN_INDICATORS,
  createCatalogue,
  INDICATOR_CODES,
  INDICATOR_DOC_MARKERS,
  renderIndicatorDocs,
} from "../../src/index.js";

const page = readFileSync(INDICATORS_PAGE, "utf8");

describe("docs/indicators.md", () => {
  it("is exactly what scripts/indicators-doc.ts generates (run it with --write after changing the catalogue)", () => {
    expect(page).toBe(regenerate(page));
    expect(page).toContain(renderIndicatorDocs());
  });

  it("has a row for every indicator and every code", () => {
    for (const i of BUILT_IN_INDICATORS) expect(page).toContain(`| \`${i.id}\` |`);
    for (const code of Object.keys(INDICATOR_CODES)) expect(page).toContain(`| \`${code}\` |`);
  });
});

describe("renderIndicatorDocs", () => {
  it("changes when the catalogue changes, so a stale page fails the test above", () => {
    const more = createCatalogue([
      {
        id: "water.wells",
        topic: "water",
        name: { vi: "Giếng khoan | hợp vệ sinh", en: "Sanitary wells" },
        measure: "count",
        unit: "giếng",
        terms: ["giếng khoan"],
        range: { min: "0" },
      },
    ]);
    const rendered = renderIndicatorDocs(more);
    expect(rendered).not.toBe(renderIndicatorDocs());
    expect(rendered).toContain("| `water.wells` | Giếng khoan \\| hợp vệ sinh |");
    expect(rendered.startsWith(INDICATOR_DOC_MARKERS.start)).toBe(true);
  });

  it("refuses a page without its markers", () => {
    expect(() => regenerate("# Indicators\n")).toThrow(/markers/);
  });
});
