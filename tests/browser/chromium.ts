// Debian's Chromium driven by playwright-core (never a browser download), headless, with nothing
// in the background that could make a request of its own.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { getDocumentProxy } from "unpdf";

export const CHROMIUM = "/usr/bin/chromium";

/** Starts Chromium, or says how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * Collects the page's content security policy violations in `window.__violations` (the init
 * script is injected by the browser's tooling, outside the page's policy).
 */
export const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.effectiveDirective);
});`;

/** The text of each page of a PDF (read by PDF.js, through unpdf). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const texts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return texts;
}
