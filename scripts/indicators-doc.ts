// Regenerates the generated part of docs/indicators.md (the catalogue tables, index scales and
// finding codes) from the catalogue data, so the page can never drift from the code
// (tests/indicators/docs.test.ts compares them). Run after changing the catalogue:
//   npx tsx scripts/indicators-doc.ts --write
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { INDICATOR_DOC_MARKERS, renderIndicatorDocs } from "../src/indicators/index.js";

/** Where the page lives. */
export const INDICATORS_PAGE = resolve(
  fileURLToPath(new URL("../docs/indicators.md", import.meta.url)),
);

/**
 * The page with its generated part replaced by a fresh rendering.
 *
 * @param page - the page's current text
 * @returns the page as it should be
 */
export function regenerate(page: string): string {
  const start = page.indexOf(INDICATOR_DOC_MARKERS.start);
  const endMarker = page.indexOf(INDICATOR_DOC_MARKERS.end);
  if (start === -1 || endMarker === -1 || endMarker < start) {
    throw new Error("docs/indicators.md lacks the generated-part markers");
  }
  const end = endMarker + INDICATOR_DOC_MARKERS.end.length + 1;
  return `${page.slice(0, start)}${renderIndicatorDocs()}${page.slice(end)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const next = regenerate(readFileSync(INDICATORS_PAGE, "utf8"));
  if (process.argv.includes("--write")) writeFileSync(INDICATORS_PAGE, next);
  else process.stdout.write(next);
}
