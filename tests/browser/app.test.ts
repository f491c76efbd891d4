// The browser app (dist/app/index.html, built by `npm run app`) in Chromium, opened from disk:
// a .docx with a table and a footnote, a PDF, copy-protected PDFs and a TCVN3 text made here are
// read and audited in its worker, and give the command line's findings (codes, severities,
// spans, messages, fingerprints); the marks stand where they should; a finding is accepted, the
// acceptance file exported hides it in a CLI run and is imported again; the keyboard works; it
// fits 390 and 1400 px; it works the same from a web server; and no request leaves the page.
// Writes screenshots to test-output/app/ (and to docs/ with BAOCAO_SCREENSHOTS=docs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readReportBytes } from "../../src/cli/readers/index.js";
import { auditText, encodeTcvn3, fingerprintFinding } from "../../src/index.js";
import { run } from "../cli/run-cli.js";
import { flateBombContent } from "../readers/make-bombs.js";
import { makeDocx } from "../readers/make-docx.js";
import { encryptedPage } from "../readers/make-encrypted-pdf.js";
import { printPdfs, reportHtml } from "../readers/make-pdf.js";
import { type Block, REPORT, reportText } from "../readers/report-fixture.js";
import { launchChromium, RECORD_VIOLATIONS } from "./chromium.js";

const root = new URL("../../", import.meta.url);
const app = fileURLToPath(new URL("dist/app/index.html", root));
const outDir = fileURLToPath(new URL("test-output/app/", root));
const docsDir = fileURLToPath(new URL("docs/", root));

/** The JSON output's validator: audit.schema.json as the package ships it. */
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validAudit = ajv.compile(
  JSON.parse(readFileSync(new URL("audit.schema.json", root), "utf8")),
);

/** A finding as the JSON output gives it, without the file's path. */
interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  line: number | null;
  column: number | null;
  start: number | null;
  end: number | null;
  excerpt: string | null;
  origin: unknown;
  fingerprint?: string;
}

/** Each file's findings in a JSON output, whatever its shape (one object, an array, `files`). */
function jsonFiles(text: string): { file: string; findings: JsonFinding[] }[] {
  const data = JSON.parse(text) as unknown;
  const files = Array.isArray(data)
    ? data
    : typeof data === "object" && data !== null && "files" in data
      ? (data as { files: unknown[] }).files
      : [data];
  return files as { file: string; findings: JsonFinding[] }[];
}

/**
 * Waits until an expression is true in the page. (waitForFunction would evaluate it with eval,
 * which the app's content security policy refuses; evaluate goes through the browser's tooling.)
 */
async function until(page: Page, expression: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const comparable = (f: JsonFinding) => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
  line: f.line,
  column: f.column,
  start: f.start,
  end: f.end,
  excerpt: f.excerpt,
  origin: f.origin,
  fingerprint: f.fingerprint,
});

describe.skipIf(!process.env.BAOCAO_BROWSER_TESTS)("the browser app", () => {
  let browser: Browser;
  let context: BrowserContext;
  const requests: string[] = [];
  const errors: string[] = [];
  const files: Record<string, string> = {};
  let served = "";

  beforeAll(async () => {
    if (!existsSync(app)) throw new Error(`${app} is missing: npm run app`);
    mkdirSync(outDir, { recursive: true });
    const [pdf] = await printPdfs([reportHtml()]);
    files.docx = join(outDir, "report.docx");
    files.pdf = join(outDir, "report.pdf");
    files.tcvn3 = join(outDir, "tcvn3.txt");
    files.doc = join(outDir, "old.doc");
    writeFileSync(files.docx, await makeDocx());
    writeFileSync(files.pdf, pdf as Buffer);
    writeFileSync(files.tcvn3, Buffer.from(encodeTcvn3(reportText()), "latin1"));
    // The first bytes of an OLE compound file with a WordDocument stream: a Word 97–2003 .doc.
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("WordDocument", "utf16le").copy(ole, 512);
    writeFileSync(files.doc, ole);
    // Copy-protected PDFs (an empty user password), RC4 and AES-256, with one claim in their text.
    const sentence = "Xa da giai quyet 120/150 don (dat 85%).";
    for (const cipher of ["rc4", "aes256"] as const) {
      files[cipher] = join(outDir, `protected-${cipher}.pdf`);
      writeFileSync(files[cipher] as string, encryptedPage(flateBombContent(0, sentence), cipher));
    }
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
    // Every request of the page and its workers; anything but the page and blob: is refused.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      // The page from disk, or from the test's own server on this machine.
      const page = url.startsWith("file://") || url.startsWith("http://127.0.0.1:");
      return page || url.startsWith("blob:") ? route.continue() : route.abort();
    });
    context.on("request", (request) => requests.push(request.url()));
    await context.addInitScript(RECORD_VIOLATIONS);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width = 1400): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(pathToFileURL(app).href, { waitUntil: "load" });
    return page;
  }

  async function upload(page: Page, paths: string[]): Promise<void> {
    await page.setInputFiles("#pick", paths);
    // Every file listed as done (or failed), and the progress line no longer running.
    await until(
      page,
      `[...document.querySelectorAll("#file-list [data-show]:not([data-show=index])")]
        .filter((b) => /done|failed/.test(b.getAttribute("data-status") || "")).length >= ${paths.length}
        && !/…/.test(document.getElementById("progress").textContent || "…")`,
    );
  }

  async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent("download"), click()]);
    return readFileSync(await download.path(), "utf8");
  }

  it("reads a .docx, a PDF and a TCVN3 text as the command line does", async () => {
    const page = await open();
    const paths = [files.docx, files.pdf, files.tcvn3] as string[];
    await upload(page, paths);
    // A batch shows the index of the command line's folder output, one row per file.
    await expect(page.locator("#view main.index tbody tr").count()).resolves.toBe(3);
    const json = await downloaded(page, () => page.click("#export-json"));
    expect(validAudit(JSON.parse(json)), JSON.stringify(validAudit.errors)).toBe(true);
    const exported = jsonFiles(json);
    for (const [i, path] of paths.entries()) {
      const cli = await run(["audit", path, "--format", "json", "--lang", "vi"]);
      const expected = jsonFiles(cli.stdout)[0]?.findings ?? [];
      expect(expected.length).toBeGreaterThan(0);
      expect(exported[i]?.findings.map(comparable)).toEqual(expected.map(comparable));
    }
    await page.close();
  });

  it("marks each claim in the text, and selects findings by keyboard", async () => {
    const page = await open();
    await upload(page, [files.docx as string]);
    const bytes = readFileSync(files.docx as string);
    const read = await readReportBytes("report.docx", bytes);
    const result = auditText(read.text);
    expect(await page.locator("#report mark.claim[id]").count()).toBe(result.claims.length);
    for (const claim of result.claims) {
      const mark = page.locator(`#m-${claim.id}`);
      expect(await mark.getAttribute("data-status")).toBe(claim.status);
    }
    // The table stays a table and the footnote its own line.
    expect(await page.locator("#report table tr").count()).toBe(5);
    await expect(page.locator("#report").textContent()).resolves.toContain("¹ Không kể 12 đơn");
    // n goes to the first finding, its panel opens; Escape closes it; l switches the language.
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("n");
    const first = result.claims.find((c) => c.status !== "consistent");
    await expect(
      page.evaluate<string>("document.activeElement ? document.activeElement.id : ''"),
    ).resolves.toBe(`m-${first?.id}`);
    expect(await page.locator("#panel-body .detail").count()).toBe(1);
    await page.keyboard.press("Escape");
    expect(await page.locator("#panel-body .detail").count()).toBe(0);
    await page.keyboard.press("l");
    expect(await page.getAttribute("html", "data-lang")).toBe("en");
    await page.keyboard.press("l");
    // After the language toggle, Tab reaches the file picker's button, and Enter opens it.
    await page.focus(".app-top [data-set-lang=en]");
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate<string>("document.activeElement ? document.activeElement.id : ''"),
    ).toBe("choose");
    await page.evaluate(`document.getElementById("pick").addEventListener("click", (e) => {
      e.preventDefault();
      e.target.setAttribute("data-opened", String(e.target.multiple));
    })`);
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("#pick", "data-opened")).toBe("true");
    await page.close();
  });

  it("accepts a finding, exports the acceptance file the CLI reads, and imports it", async () => {
    const page = await open();
    await upload(page, [files.tcvn3 as string]);
    const read = await readReportBytes("tcvn3.txt", readFileSync(files.tcvn3 as string));
    const finding = auditText(read.text).findings[0];
    if (!finding) throw new Error("no finding");
    const fingerprint = fingerprintFinding(finding, "tcvn3.txt");
    await page.click(`ol.findings [data-accept="${fingerprint}"]`);
    await expect(page.locator("#accepted-n").textContent()).resolves.toBe("1");
    expect(await page.locator(`ol.findings li.accepted[data-fp="${fingerprint}"]`).count()).toBe(1);
    const file = JSON.parse(await downloaded(page, () => page.click("#export-accept")));
    expect(file.version).toBe(1);
    expect(file.accepted).toHaveLength(1);
    expect(file.accepted[0]).toMatchObject({ fingerprint, code: finding.code, file: "tcvn3.txt" });
    const saved = join(outDir, "baocao-accepted.json");
    writeFileSync(saved, JSON.stringify(file));
    await page.close();
    // The command line reads it: the finding is hidden and counted as accepted.
    const cli = await run([
      "audit",
      files.tcvn3 as string,
      "--acceptance-file",
      saved,
      "--format",
      "json",
    ]);
    const out = JSON.parse(cli.stdout);
    expect(out.summary.accepted).toBe(1);
    expect(out.files[0].findings.map((f: JsonFinding) => f.fingerprint)).not.toContain(fingerprint);

    const again = await open();
    await again.setInputFiles("#import", saved);
    await until(again, `document.getElementById("accepted-n").textContent === "1"`);
    await upload(again, [files.tcvn3 as string]);
    expect(await again.locator(`ol.findings li.accepted[data-fp="${fingerprint}"]`).count()).toBe(
      1,
    );
    // Hidden while "hide accepted" is ticked, as in the audit page.
    expect(await again.locator(`ol.findings li[data-fp="${fingerprint}"]`).isHidden()).toBe(true);
    // The HTML page exported is the audit page, with the acceptance kept.
    const page2 = await downloaded(again, () => again.click("#export-html"));
    expect(page2.startsWith("<!doctype html>")).toBe(true);
    expect(page2).toContain(`data-fp="${fingerprint}"`);
    await again.close();
  });

  it("reads copy-protected PDFs as the command line does", async () => {
    const page = await open();
    const paths = [files.rc4, files.aes256] as string[];
    await upload(page, paths);
    const exported = jsonFiles(await downloaded(page, () => page.click("#export-json")));
    for (const [i, path] of paths.entries()) {
      const cli = await run(["audit", path, "--format", "json", "--lang", "vi"]);
      const expected = jsonFiles(cli.stdout)[0]?.findings ?? [];
      expect(expected.map((f) => f.code)).toEqual(["PERCENT_INCONSISTENT"]);
      expect(exported[i]?.findings.map(comparable)).toEqual(expected.map(comparable));
    }
    await page.close();
  });

  it("tells to save a .doc as .docx, and audits pasted text", async () => {
    const page = await open();
    await upload(page, [files.doc as string]);
    await expect(page.locator(".app-failed").textContent()).resolves.toMatch(/\.docx/);
    await page.click("#paste-box summary");
    await page.fill("#paste", "Xã đã giải quyết 120/150 đơn (đạt 85%).");
    await page.click("#paste-go");
    await page.waitForSelector("#report mark.claim[data-status=error]");
    await page.close();
  });

  it.each([390, 1400])("fits %i px", async (width) => {
    const page = await open(width);
    await upload(page, [files.docx as string]);
    const overflow = await page.evaluate<number>(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The first finding selected by keyboard: its mark in view, the panel with its recomputation.
    await page.locator("body").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("n");
    await page.waitForSelector("#panel-body .detail");
    expect(await page.evaluate("window.__violations")).toEqual([]);
    await page.screenshot({ path: join(outDir, `app-${width}.png`) });
    if (process.env.BAOCAO_SCREENSHOTS === "docs")
      await page.screenshot({ path: join(docsDir, `app-${width}.png`), type: "png" });
    await page.close();
  });

  it("works the same from a web server", async () => {
    const html = readFileSync(app);
    const server = createServer((_, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
    try {
      const page = await context.newPage();
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(served, { waitUntil: "load" });
      await upload(page, [files.tcvn3 as string]);
      expect(await page.locator("#report mark.claim[data-status=error]").count()).toBe(4);
      await page.close();
    } finally {
      server.close();
    }
  });

  it("makes no request but the page itself and its workers' blob: scripts", () => {
    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter(
      (url) => url !== pathToFileURL(app).href && url !== served && !url.startsWith("blob:"),
    );
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Blocks of the fixture, repeated to make a report of about `bytes` of text. */
export function longReport(bytes: number): Block[] {
  const one = reportText().length;
  return Array.from({ length: Math.ceil(bytes / one) }, () => REPORT).flat();
}
