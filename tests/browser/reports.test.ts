// The page on reports of real size, in Chromium at a phone's width (390 px) and a desktop's
// (1400 px): it fits, every finding is reachable without a nested scroll box, the panel speaks
// the page's language with rounded figures, the filters and the acceptance work, and it prints
// on few pages with the title on the first. Runs on an invented review written by the project
// (tests/browser/fixtures/invented-review.txt) and, when present beside the repository, on the
// two real reports of ../shared/reports (read as the CLI reads them, never copied here).
// Writes screenshots to test-output/reports/ for people to look at.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readReport } from "../../src/cli/readers/index.js";
import type { Acceptance, AuditResult } from "../../src/index.js";
import { auditText, fingerprintFinding } from "../../src/index.js";
import { renderHtml, renderIndex } from "../../src/render/index.js";
import { FIELD_LABELS } from "../../src/render/labels.js";
import { launchChromium, pdfPages, RECORD_VIOLATIONS } from "./chromium.js";

const root = new URL("../../", import.meta.url);
const outDir = fileURLToPath(new URL("test-output/reports/", root));
const WIDTHS = [390, 1400] as const;

/** The folder of the real reports: beside the repository, or beside the folder of worktrees. */
function realReportsFolder(): string | undefined {
  const candidates = [
    process.env.BAOCAO_REPORTS,
    fileURLToPath(new URL("../shared/reports/", root)),
    fileURLToPath(new URL("../../shared/reports/", root)),
  ];
  return candidates.find((dir) => dir !== undefined && existsSync(dir));
}

const folder = realReportsFolder();
const reports = [
  fileURLToPath(new URL("tests/browser/fixtures/invented-review.txt", root)),
  ...(folder
    ? readdirSync(folder)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => join(folder, f))
    : []),
];

// The words of the panel's labels that must never show in the Vietnamese page: the keys of the
// inputs and computed values, and the library's own words for a qualifier or a direction.
const INTERNAL_WORDS = [
  ...Object.keys(FIELD_LABELS),
  "over",
  "under",
  "nearly",
  "about",
  "increase",
  "decrease",
  "true",
  "false",
];

describe.skipIf(!process.env.BAOCAO_BROWSER_TESTS)("the page on whole reports", () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("runs on the invented review, and on the real reports when they are there", () => {
    expect(reports.length).toBeGreaterThanOrEqual(1);
    if (folder) expect(reports.length).toBeGreaterThanOrEqual(3);
  });

  it.each(WIDTHS)("fits the index of the reports in %i px", async (width) => {
    const pages = await Promise.all(
      reports.map(async (path) => {
        const stats = auditText((await readReport(path)).text).stats;
        return { file: basename(path), href: `${basename(path, ".txt")}.html`, stats };
      }),
    );
    const [first] = pages;
    if (!first) throw new Error("a report expected");
    const index = join(outDir, "index.html");
    // A file that could not be read has its reason in its row, the longest row of all.
    const unread = { ...first, file: "quy-3/khong-doc-duoc.txt", error: "không đọc được" };
    writeFileSync(index, renderIndex([...pages, unread]));
    const page = await browser.newPage({ viewport: { width, height: 844 } });
    await page.goto(pathToFileURL(index).href);
    const widths = await page.evaluate<number[]>(
      "[document.documentElement.scrollWidth, document.documentElement.clientWidth]",
    );
    expect(widths).toEqual([width, width]);
    await page.screenshot({ path: join(outDir, `index-${width}.png`) });
    await page.close();
  });

  describe.each(reports.map((path) => [basename(path, ".txt"), path]))("%s", (name, path) => {
    let text = "";
    let result: AuditResult;
    let file = "";
    const fileName = `${name}.txt`;
    const requests: string[] = [];
    const errors: string[] = [];

    beforeAll(async () => {
      text = (await readReport(path)).text;
      result = auditText(text);
      file = join(outDir, `${name}.html`);
      writeFileSync(file, renderHtml(result, text, { file: fileName }));
    });

    async function open(width: number, html = file): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 1000 } });
      await page.addInitScript(RECORD_VIOLATIONS);
      page.on("request", (r) => requests.push(r.url()));
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
      return page;
    }

    it("has findings and many consistent claims, as a real review does", () => {
      expect(result.findings.length).toBeGreaterThanOrEqual(5);
      expect(result.stats.consistent).toBeGreaterThanOrEqual(30);
    });

    it.each(WIDTHS)("fits %i px: nothing wider than the screen, nothing cut", async (width) => {
      const page = await open(width);
      const fit = await page.evaluate<{ scroll: number; client: number; cut: string[] }>(`(() => {
        const root = document.documentElement;
        const cut = Array.from(
          document.querySelectorAll(".lang button, ol.findings li, ol.findings .msg, .filters, h1"),
        )
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.left < 0 || r.right > root.clientWidth);
          })
          .map((e) => e.className || e.tagName);
        return { scroll: root.scrollWidth, client: root.clientWidth, cut };
      })()`);
      expect(fit.client).toBe(width);
      expect(fit.scroll).toBe(width);
      expect(fit.cut).toEqual([]);
      await page.screenshot({ path: join(outDir, `${name}-${width}.png`) });
      await page.close();
    });

    it.each(WIDTHS)("lists every finding at %i px with no scroll box of its own", async (width) => {
      const page = await open(width);
      const items = page.locator("ol.findings > li");
      expect(await items.count()).toBe(result.findings.length);
      const nested = await page.evaluate<number>(`Array.from(
        document.querySelectorAll("ol.findings > li"),
      ).filter((li) => {
        for (let e = li.parentElement; e && e !== document.body; e = e.parentElement) {
          const { overflowY } = getComputedStyle(e);
          if (/(auto|scroll|hidden)/.test(overflowY) && e.scrollHeight > e.clientHeight + 1)
            return true;
        }
        return false;
      }).length`);
      expect(nested).toBe(0);
      // Scrolling the page alone brings each one into view.
      for (let i = 0; i < result.findings.length; i += 1) {
        await items.nth(i).scrollIntoViewIfNeeded();
        expect(await items.nth(i).isVisible()).toBe(true);
        const box = await items.nth(i).boundingBox();
        const height = width < 600 ? 844 : 1000;
        expect(box && box.y >= -1 && box.y + box.height <= height + 1, JSON.stringify(box)).toBe(
          true,
        );
      }
      await page.close();
    });

    it.each(WIDTHS)(
      "speaks Vietnamese in the panel at %i px, with rounded figures and no ids",
      async (width) => {
        const page = await open(width);
        // Each claim selected in turn. The report's own words (the excerpt, the section) are
        // the report's, not the page's; the English spans are hidden in a Vietnamese page.
        const panels = await page.evaluate<{ id: string; text: string }[]>(`(() => {
          const out = [];
          for (const mark of Array.from(document.querySelectorAll("#report mark.claim[id]"))) {
            mark.click();
            const copy = document.getElementById("panel-body").cloneNode(true);
            for (const e of Array.from(copy.querySelectorAll(".excerpt, .where, .en"))) e.remove();
            // Each text node apart, as table cells read apart.
            const walk = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
            const words = [];
            while (walk.nextNode()) words.push(walk.currentNode.data);
            out.push({ id: mark.getAttribute("data-claim-id"), text: words.join(" ") });
          }
          return out;
        })()`);
        expect(panels).toHaveLength(result.claims.length);
        for (const { id, text: shown } of panels) {
          expect(shown.length, id).toBeGreaterThan(0);
          for (const word of INTERNAL_WORDS) {
            expect(shown, `${id}: ${word}`).not.toMatch(
              new RegExp(`(?<![\\p{L}_])${word}(?![\\p{L}_])`, "u"),
            );
          }
          expect(shown, id).not.toMatch(/\d,\d{5,}/);
          expect(shown, id).not.toMatch(new RegExp(`\\b${id}\\b`));
        }
        // The picture: a finding chosen from the list, its place in the text and its panel.
        await page.locator("ol.findings a").nth(1).click();
        await page.screenshot({ path: join(outDir, `${name}-${width}-panel.png`) });
        await page.close();
      },
    );

    it.each(WIDTHS)(
      "filters by severity, by code and hides consistent marks at %i px",
      async (width) => {
        const page = await open(width);
        const visible = () =>
          page.evaluate<{ severity: string; code: string }[]>(
            `Array.from(document.querySelectorAll("ol.findings > li")).filter((li) => !li.hidden)
              .map((li) => ({ severity: li.dataset.severity, code: li.dataset.code }))`,
          );
        const shownCount = () => page.locator("[data-shown]:visible").innerText();
        expect(await visible()).toHaveLength(result.findings.length);

        await page.locator("#f-warning").uncheck();
        const noWarnings = await visible();
        expect(noWarnings.some((v) => v.severity === "warning")).toBe(false);
        expect(noWarnings).toHaveLength(
          result.findings.filter((f) => f.severity !== "warning").length,
        );
        expect(await shownCount()).toBe(String(noWarnings.length));
        // A claim with only warnings is drawn as plain text and skipped by n.
        const warned = result.claims.find((c) => c.status === "warning");
        if (warned) {
          expect(await page.locator(`#m-${warned.id}`).getAttribute("class")).toContain("off");
          expect(await page.locator(`#m-${warned.id}`).getAttribute("tabindex")).toBe("-1");
        }
        await page.locator("#f-warning").check();

        const code = result.findings[result.findings.length - 1]?.code ?? "";
        await page.locator("#f-code").selectOption(code);
        const byCode = await visible();
        expect(byCode.length).toBe(result.findings.filter((f) => f.code === code).length);
        expect(byCode.every((v) => v.code === code)).toBe(true);
        await page.locator("#f-code").selectOption("");

        const green = () =>
          page.evaluate<number>(
            `Array.from(document.querySelectorAll("#report mark.claim.s-consistent"))
              .filter((m) => getComputedStyle(m).borderBottomStyle !== "none").length`,
          );
        expect(await green()).toBeGreaterThanOrEqual(result.stats.consistent);
        await page.locator("#f-consistent").check();
        expect(await green()).toBe(0);
        // The marks with findings are still there.
        const error = result.claims.find((c) => c.status === "error");
        if (error) {
          expect(await page.locator(`#m-${error.id}`).getAttribute("class")).not.toContain("off");
        }
        await page.close();
      },
    );

    it.each(WIDTHS)(
      "accepts findings and downloads the acceptance file at %i px",
      async (width) => {
        const page = await open(width);
        const [first, second] = result.findings;
        if (!first || !second) throw new Error("two findings expected");
        const fp = (f: typeof first) => fingerprintFinding(f, fileName);
        await page.locator(`ol.findings > li[data-fp="${fp(first)}"] .accept`).click();
        await page.locator(`ol.findings > li[data-fp="${fp(second)}"] .accept`).click();
        expect(await page.locator("[data-accepted-count]:visible").innerText()).toBe("2");
        // Hidden by default once accepted; shown again when asked.
        expect(await page.locator(`ol.findings > li[data-fp="${fp(first)}"]`).isHidden()).toBe(
          true,
        );
        await page.locator("#f-accepted").uncheck();
        expect(await page.locator(`ol.findings > li[data-fp="${fp(first)}"]`).isVisible()).toBe(
          true,
        );

        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.locator("#download").click(),
        ]);
        expect(download.suggestedFilename()).toBe("baocao.accepted.json");
        const saved = join(outDir, `${name}-${width}-accepted.json`);
        await download.saveAs(saved);
        const accepted = JSON.parse(readFileSync(saved, "utf8")) as Acceptance;
        expect(accepted.version).toBe(1);
        expect(accepted.accepted.map((e) => e.fingerprint)).toEqual([fp(first), fp(second)]);
        for (const [entry, finding] of [
          [accepted.accepted[0], first],
          [accepted.accepted[1], second],
        ] as const) {
          expect(entry).toEqual({
            fingerprint: fp(finding),
            code: finding.code,
            file: fileName,
            excerpt: finding.span?.excerpt,
            acceptedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
          });
        }
        await page.close();

        // The page made with that file shows both as accepted (hidden), and downloads it unchanged,
        // with an entry of another file kept.
        const other = {
          fingerprint: "f".repeat(64),
          code: "PERCENT_INCONSISTENT",
          file: "quy-3/xa-khac.txt",
          excerpt: "đạt 91,4%",
        };
        const again = join(outDir, `${name}-accepted.html`);
        writeFileSync(
          again,
          renderHtml(result, text, {
            file: fileName,
            acceptance: { accepted: { version: 1, accepted: [other, ...accepted.accepted] } },
          }),
        );
        const reopened = await open(width, again);
        expect(await reopened.locator("[data-accepted-count]:visible").innerText()).toBe("2");
        expect(await reopened.locator("ol.findings > li:visible").count()).toBe(
          result.findings.length - 2,
        );
        const [second_] = await Promise.all([
          reopened.waitForEvent("download"),
          reopened.locator("#download").click(),
        ]);
        const resaved = join(outDir, `${name}-${width}-accepted-again.json`);
        await second_.saveAs(resaved);
        expect(JSON.parse(readFileSync(resaved, "utf8"))).toEqual({
          version: 1,
          accepted: [other, ...accepted.accepted],
        });
        await reopened.close();
      },
    );

    it("prints on few pages, the title and the findings on the first", async () => {
      const page = await open(1400);
      const pages = await pdfPages(await page.pdf({ format: "A4" }));
      // The report's text alone, printed by the same page with nothing marked.
      const bare = join(outDir, `${name}-bare.html`);
      writeFileSync(bare, renderHtml({ ...result, claims: [], findings: [] }, text));
      const plain = await open(1400, bare);
      const textPages = (await pdfPages(await plain.pdf({ format: "A4" }))).length;
      await plain.close();
      // A page more for every 6 findings (the list and their recomputations) and one for the rest.
      expect(pages.length).toBeLessThanOrEqual(
        textPages + Math.ceil(result.findings.length / 6) + 1,
      );
      expect(pages[0]).toContain("Kết quả kiểm tra số liệu");
      expect(pages[0]).toContain(result.findings[0]?.code);
      for (const [i, page_] of pages.entries()) expect(page_.trim(), `page ${i + 1}`).not.toBe("");
      writeFileSync(
        join(outDir, `${name}.pages.txt`),
        `${pages.length} pages (text alone: ${textPages})\n`,
      );
      await page.close();
    });

    it("asks the network for nothing and runs without errors or refusals", () => {
      const fileUrls = requests.filter((url) => url.startsWith("file:"));
      expect(fileUrls.length).toBeGreaterThan(0);
      // Only the pages themselves, and the downloads the page made from its own data.
      expect(
        requests.filter((url) => !url.startsWith("file:") && !url.startsWith("blob:")),
      ).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
