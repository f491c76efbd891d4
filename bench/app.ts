// `npm run bench:app`: the browser app (dist/app/index.html) in Chromium, opened from disk. Gives
// the page's size (raw and gzipped, and each script in it), and the time from dropping a .docx of
// a synthetic 60 KB report (bench/generate.ts, written as Word paragraphs and tables) to its marks
// on the page: the first drop (the worker and mammoth parsed for the first time) and the median
// of five more, each in a fresh page.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { makeDocx } from "../tests/readers/make-docx.js";
import type { Block } from "../tests/readers/report-fixture.js";
import { generateReport } from "./generate.js";
import { median } from "./measure.js";

const APP = fileURLToPath(new URL("../dist/app/index.html", import.meta.url));

/** The report's lines as Word blocks: runs of tab-separated lines become one table. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      const last = blocks.at(-1);
      const row = line.split("\t");
      if (last?.kind === "table")
        blocks[blocks.length - 1] = { ...last, rows: [...last.rows, row] };
      else blocks.push({ kind: "table", rows: [row] });
    } else blocks.push({ kind: "paragraph", text: line });
  }
  return blocks;
}

const html = readFileSync(APP, "utf8");
const scripts = [
  ...html.matchAll(/<script(?: type="text\/plain" id="([^"]+)")?>([\s\S]*?)<\/script>/g),
];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`page: ${kb(Buffer.byteLength(html))}, gzipped ${kb(gzipSync(html).length)}`);
for (const [, id, code] of scripts)
  console.log(
    `  ${id ?? "inline script"}: ${kb(Buffer.byteLength(code ?? ""))}, gzipped ${kb(gzipSync(code ?? "").length)}`,
  );

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  // A report of 60 KB of text, and one whose .docx is 60 KB (about four times the text).
  for (const bytes of [60_000, 240_000]) {
    const report = generateReport({ bytes });
    const docx = await makeDocx(blocksOf(report.text));
    const file = join(tmpdir(), `baocao-app-bench-${bytes}.docx`);
    writeFileSync(file, docx);
    const times: number[] = [];
    let split = "";
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(pathToFileURL(APP).href);
      const start = Date.now();
      await page.setInputFiles("#pick", file);
      await page.waitForSelector("#report mark.claim", { timeout: 120_000 });
      times.push(Date.now() - start);
      const view = page.locator("#view");
      split = `read ${await view.getAttribute("data-read-ms")} ms, audit ${await view.getAttribute("data-audit-ms")} ms, render ${await view.getAttribute("data-render-ms")} ms, insert ${await view.getAttribute("data-insert-ms")} ms, page script ${await view.getAttribute("data-scan-ms")} ms, ${await page.locator("#report mark.claim[id]").count()} claims marked`;
      await page.close();
    }
    console.log(
      `${kb(report.bytes)} of text, .docx ${kb(docx.length)}: drop to marks first ${times[0]} ms, then median ${median(times.slice(1))} ms (${split})`,
    );
  }
} finally {
  await browser.close();
}
