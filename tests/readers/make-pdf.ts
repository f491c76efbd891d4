import { existsSync } from "node:fs";
import { type Block, FOOTNOTES, REPORT } from "./report-fixture.js";

/** Debian's Chromium, which playwright-core drives to print HTML to PDF. */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether the PDF fixtures can be made here. */
export const canPrintPdf = existsSync(CHROMIUM);

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** "¹" in the text becomes a raised small "1", as word processors print a footnote mark. */
const marks = (s: string) =>
  escapeHtml(s).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (m) => `<sup>${m.normalize("NFKD")}</sup>`);

function block(b: Block): string {
  if (b.kind === "page-break") return `<div style="break-after: page"></div>`;
  if (b.kind === "heading") return `<h2>${marks(b.text)}</h2>`;
  if (b.kind === "paragraph") return `<p>${marks(b.text)}</p>`;
  const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`);
  return `<table>${rows.join("")}</table>`;
}

/**
 * The report as an HTML page laid out like a printed report: justified paragraphs, a ruled
 * table, footnotes at the foot with raised marks.
 *
 * @param blocks - the report (default: the shared fixture)
 * @returns the HTML page
 */
export function reportHtml(blocks: readonly Block[] = REPORT): string {
  const notes = [...FOOTNOTES].map(
    ([n, text]) => `<p class="note"><sup>${n}</sup> ${escapeHtml(text)}</p>`,
  );
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
body { font-family: "DejaVu Serif", serif; font-size: 13pt; margin: 0; }
p { text-align: justify; margin: 0 0 8pt; line-height: 1.3; }
h2 { font-size: 13pt; margin: 10pt 0 6pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; }
td { border: 1px solid #000; padding: 3pt 8pt; }
.note { font-size: 10pt; border-top: 1px solid #000; padding-top: 4pt; margin-top: 24pt; }
</style></head><body>${blocks.map(block).join("\n")}${notes.join("")}</body></html>`;
}

/**
 * Prints HTML pages to PDF with one headless Chromium (A4, 2 cm margins).
 *
 * @param pages - the HTML of each document
 * @returns the PDF bytes of each
 */
export async function printPdfs(pages: readonly string[]): Promise<Buffer[]> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const out: Buffer[] = [];
    for (const html of pages) {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: "load" });
      out.push(
        await page.pdf({
          format: "A4",
          margin: { top: "2cm", bottom: "2cm", left: "2cm", right: "2cm" },
        }),
      );
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** A page with a drawn box and no text at all: what a scanned report looks like to a reader. */
export const SCANNED_HTML = `<!doctype html><html><body><svg width="500" height="700"><rect x="20" y="20" width="460" height="660" fill="#ccc"/><rect x="60" y="80" width="380" height="12" fill="#333"/></svg></body></html>`;
