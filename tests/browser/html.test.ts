// The HTML audit page in a real browser (Debian's Chromium driven by playwright-core): the marks
// stand where the findings are, selecting one (mouse or keyboard) shows its recomputation, the
// language toggle works, and the page asks the network for nothing. Writes a screenshot to
// test-output/html-audit.png for people to look at.
// Runs with `npm run test:browser` (vitest.browser.config.ts); skipped inside `npm test`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";
import { renderHtml } from "../../src/render/index.js";
import { launchChromium, pdfPages, RECORD_VIOLATIONS } from "./chromium.js";

const root = new URL("../../", import.meta.url);
const outDir = fileURLToPath(new URL("test-output/", root));
const text = readFileSync(new URL("examples/sample-report.txt", root), "utf8");
const result = auditText(text);

describe.skipIf(!process.env.BAOCAO_BROWSER_TESTS)("the HTML audit page in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let fileUrl: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    const file = `${outDir}html-audit.html`;
    writeFileSync(file, renderHtml(result, text, { file: "examples/sample-report.txt" }));
    fileUrl = pathToFileURL(file).href;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(RECORD_VIOLATIONS);
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(fileUrl, { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const panel = () => page.locator("#panel-body");
  const active = () =>
    page.evaluate<string>("document.activeElement ? document.activeElement.id : ''");
  const withFindings = result.claims.filter((c) => c.findings.length > 0);

  it("marks every finding where it stands in the text", async () => {
    expect(withFindings.length).toBeGreaterThan(10);
    for (const claim of withFindings) {
      const first = page.locator(`#m-${claim.id}`);
      expect(await first.getAttribute("data-status")).toBe(claim.status);
      expect(await first.isVisible()).toBe(true);
      const fragments = await page
        .locator(`#report mark.claim[data-claim-id="${claim.id}"]`)
        .allTextContents();
      const shown = fragments.join("");
      for (const finding of claim.findings) {
        const excerpt = finding.span?.excerpt ?? "";
        expect(shown === excerpt || shown.includes(excerpt), `${claim.id}: ${excerpt}`).toBe(true);
      }
    }
  });

  it("shows a claim's recomputation when its mark is clicked", async () => {
    const claim = withFindings.find((c) => c.kind === "percentage" && c.status === "error");
    if (!claim) throw new Error("the sample has a wrong percentage");
    await page.click(`#m-${claim.id}`);
    const shown = await panel().innerText();
    expect(shown).toContain(claim.explanation.vi);
    for (const f of claim.findings) {
      expect(shown).toContain(f.code);
      expect(shown).toContain(f.message.vi);
      expect(shown).not.toContain(f.message.en);
    }
    for (const figure of claim.figures) expect(shown).toContain(figure.text);
    expect(await page.locator(".fig.lit").count()).toBe(claim.figures.length);
    expect(await page.locator("#panel-empty").isVisible()).toBe(false);
    expect(await active()).toBe(`m-${claim.id}`);
  });

  it("moves between findings with n and p, and opens a focused mark with Enter", async () => {
    await page.keyboard.press("Escape");
    expect(await panel().innerText()).toBe("");
    await page.evaluate(
      "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)",
    );
    const [first, second] = withFindings;
    if (!first || !second) throw new Error("two findings expected");
    await page.keyboard.press("n");
    expect(await active()).toBe(`m-${first.id}`);
    expect(await panel().innerText()).toContain(first.findings[0]?.message.vi);
    await page.keyboard.press("n");
    expect(await active()).toBe(`m-${second.id}`);
    await page.keyboard.press("p");
    expect(await active()).toBe(`m-${first.id}`);
    // j/k do the same.
    await page.keyboard.press("j");
    expect(await active()).toBe(`m-${second.id}`);

    const consistent = result.claims.find((c) => c.status === "consistent" && c.figures.length > 0);
    if (!consistent) throw new Error("a consistent claim expected");
    await page.focus(`#m-${consistent.id}`);
    await page.keyboard.press("Enter");
    const shown = await panel().innerText();
    expect(shown).toContain(consistent.explanation.vi);
    expect(shown).toContain("Không có phát hiện");
  });

  it("reaches a claim nested in another with Tab, and names both in the panel", async () => {
    const outer = result.claims.find((o) =>
      result.claims.some((i) => i !== o && i.span.start > o.span.start && i.span.end <= o.span.end),
    );
    const inner = result.claims.find(
      (i) =>
        outer && i !== outer && i.span.start > outer.span.start && i.span.end <= outer.span.end,
    );
    if (!outer || !inner) throw new Error("the sample has nested claims");
    await page.focus(`#m-${outer.id}`);
    await page.keyboard.press("Tab");
    expect(await active()).toBe(`m-${inner.id}`);
    await page.keyboard.press(" ");
    expect(await panel().innerText()).toContain(inner.explanation.vi);
    // The panel offers the claim around it; choosing it shows that one.
    await page.click(`#panel-body .also button[data-select="${outer.id}"]`);
    expect(await panel().innerText()).toContain(outer.explanation.vi);
    expect(await active()).toBe(`m-${outer.id}`);
  });

  it("jumps from the summary's list of findings to the place in the text", async () => {
    const last = withFindings[withFindings.length - 1];
    if (!last) throw new Error("findings expected");
    await page.evaluate("window.scrollTo(0, 0)");
    await page.click(`ol.findings a[data-claim-id="${last.id}"] >> nth=0`);
    expect(await active()).toBe(`m-${last.id}`);
    expect(await page.locator(`#m-${last.id}`).isVisible()).toBe(true);
    const box = await page.locator(`#m-${last.id}`).boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    expect(await panel().innerText()).toContain(last.findings[0]?.code);
  });

  it("switches language with the toggle and with l", async () => {
    const claim = withFindings[0];
    if (!claim) throw new Error("findings expected");
    await page.click(`#m-${claim.id}`);
    await page.click('button[data-set-lang="en"]');
    expect(await page.getAttribute("html", "data-lang")).toBe("en");
    expect(await page.title()).toContain("Arithmetic audit");
    const english = await panel().innerText();
    expect(english).toContain(claim.findings[0]?.message.en);
    expect(english).not.toContain(claim.findings[0]?.message.vi);
    expect(await page.locator("h1").innerText()).toBe("Arithmetic audit");
    await page.keyboard.press("l");
    expect(await page.getAttribute("html", "data-lang")).toBe("vi");
    expect(await panel().innerText()).toContain(claim.findings[0]?.message.vi);
  });

  it("asks the network for nothing and runs without script errors", async () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => url !== fileUrl)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("does all of that under a policy that allows its own script and style by hash only", async () => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'; /);
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'; /);
    expect(policy).not.toContain("unsafe");
    // Clicking, keys, the panel and the toggle above ran, and nothing was refused.
    expect(await page.evaluate("window.__violations")).toEqual([]);
    // The bars of the chart have their widths (classes, not the refused style attributes).
    const widths = await page.$$eval("ol.chart .seg", (segs) => segs.map((s) => s.clientWidth));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.every((w) => w > 0)).toBe(true);
  });

  it("prints the 3 KB sample on 6 pages at most, the title and the findings on the first", async () => {
    // It printed on 17, the first one blank, when the list of findings was a card kept whole.
    const pages = await pdfPages(await page.pdf({ format: "A4" }));
    expect(pages.length).toBeLessThanOrEqual(6);
    expect(pages[0]).toContain("Kết quả kiểm tra số liệu");
    expect(pages[0]).toContain(withFindings[0]?.findings[0]?.code);
    for (const [i, text] of pages.entries()) expect(text.trim(), `page ${i + 1}`).not.toBe("");
  });

  it("writes screenshots of the page with a finding selected", async () => {
    // A fresh load, so the picture shows the page as a validator first meets it.
    await page.goto(fileUrl, { waitUntil: "load" });
    const claim = withFindings.find((c) => c.kind === "resolution") ?? withFindings[0];
    await page.click(`#m-${claim?.id}`);
    await page.screenshot({ path: `${outDir}html-audit-panel.png` });
    await page.evaluate("window.scrollTo(0, 0)");
    await page.mouse.move(0, 0);
    const path = `${outDir}html-audit.png`;
    await page.screenshot({ path, fullPage: true });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe("PNG");
    expect(requests.filter((url) => url !== fileUrl)).toEqual([]);
  });
});
