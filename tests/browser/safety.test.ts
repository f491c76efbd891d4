// Nothing in a page runs but the page's own script: a script, a handler, a javascript: link or a
// style slipped into the markup is refused by the content security policy (and the same slip runs
// once the policy is taken away, so the check can fail); bidirectional controls are shown, not
// obeyed; the index's links open the files they name, and no name becomes a script address.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditText } from "../../src/index.js";
import { renderHtml, renderIndex } from "../../src/render/index.js";
import { launchChromium, RECORD_VIOLATIONS } from "./chromium.js";

const outDir = fileURLToPath(new URL("../../test-output/safety/", import.meta.url));
const TEXT =
  "Năm 2024, xã đã giải quyết 120/150 đơn (đạt 85%).\nHồ sơ \u202Eexe.txt\u202C gửi kèm \u2067tệp\u2069.";
const result = auditText(TEXT);

const SLIPS = `<script>window.PWNED_SCRIPT = 1</script>
<button id="evil-button" onclick="window.PWNED_CLICK = 1">x</button>
<a id="evil-link" href="javascript:void(window.PWNED_LINK = 1)">y</a>
<style>body{background:rgb(255, 0, 0)}</style>
<span id="evil-style" style="color:rgb(255, 0, 0)">z</span>`;

describe.skipIf(!process.env.BAOCAO_BROWSER_TESTS)("pages in Chromium: nothing executed", () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(RECORD_VIOLATIONS);
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("dialog", (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Writes a page into the output folder and opens it. */
  async function open(name: string, html: string): Promise<string> {
    const file = join(outDir, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: "load" });
    return url;
  }

  // Expressions evaluated in the page are strings: the tests are type-checked without the DOM.
  const pwned = () =>
    page.evaluate<string[]>(
      '["PWNED_SCRIPT", "PWNED_CLICK", "PWNED_LINK"].filter((k) => window[k] !== undefined)',
    );

  const withSlips = (html: string) => html.replace("</main>", `${SLIPS}</main>`);

  it("refuses a script, a handler, a javascript: link and a style slipped into the page", async () => {
    await open("slipped.html", withSlips(renderHtml(result, TEXT)));
    await page.click("#evil-button");
    await page.click("#evil-link");
    // Wait for the refusal of the link (a navigation task, after the click) before looking.
    await page.waitForFunction(
      'window.__violations.filter((d) => d.startsWith("script-src")).length >= 3',
      undefined,
      { timeout: 5000 },
    );
    expect(await pwned()).toEqual([]);
    const colours = await page.evaluate<string[]>(`[
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.getElementById("evil-style")).color,
    ]`);
    expect(colours).not.toContain("rgb(255, 0, 0)");
    const refused = new Set(await page.evaluate<string[]>("window.__violations"));
    expect([...refused].sort()).toEqual([
      "script-src-attr",
      "script-src-elem",
      "style-src-attr",
      "style-src-elem",
    ]);
    // The page's own script still runs beside them: a click on a mark opens its recomputation.
    const claim = result.claims[0];
    await page.click(`#m-${claim?.id}`);
    expect(await page.locator("#panel-body").innerText()).toContain(claim?.explanation.vi);
  });

  it("runs the same slip once the policy is taken away (the check above can fail)", async () => {
    const html = withSlips(renderHtml(result, TEXT)).replace(
      /<meta http-equiv="Content-Security-Policy"[^>]*>/,
      "",
    );
    await open("slipped-no-policy.html", html);
    await page.click("#evil-button");
    await page.click("#evil-link");
    // A javascript: link runs after the click, as a navigation task.
    await page.waitForFunction("window.PWNED_LINK !== undefined", undefined, { timeout: 5000 });
    expect(await pwned()).toEqual(["PWNED_SCRIPT", "PWNED_CLICK", "PWNED_LINK"]);
  });

  it("shows bidirectional controls in the title and the text, and obeys none", async () => {
    const file = "bao-cao-\u202Etxt.exe";
    await open("bidi.html", renderHtml(result, TEXT, { file }));
    expect(await page.title()).toBe("Kết quả kiểm tra số liệu · bao-cao-⟨U+202E⟩txt.exe");
    await page.keyboard.press("l");
    expect(await page.title()).toBe("Arithmetic audit · bao-cao-⟨U+202E⟩txt.exe");
    const shown = await page.locator("#report").innerText();
    expect(shown).toContain("Hồ sơ ⟨U+202E⟩exe.txt⟨U+202C⟩ gửi kèm ⟨U+2067⟩tệp⟨U+2069⟩.");
    const raw = await page.evaluate<string>("document.documentElement.outerHTML + document.title");
    expect(raw).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // Drawn left to right as written: "exe" stands left of "txt" on the line.
    const xs = await page.evaluate<number[]>(`(() => {
      const text = [...document.querySelectorAll("#report *, #report")]
        .flatMap((e) => [...e.childNodes])
        .find((n) => n.nodeType === 3 && n.textContent.includes("exe.txt"));
      const at = (needle) => {
        const range = document.createRange();
        const start = text.textContent.indexOf(needle);
        range.setStart(text, start);
        range.setEnd(text, start + needle.length);
        return range.getBoundingClientRect().left;
      };
      return [at("exe"), at("txt")];
    })()`);
    expect(xs[0]).toBeLessThan(xs[1] as number);
    expect(await page.locator("#report .ctl").count()).toBe(4);
    expect(await page.locator("#report .ctl").first().isVisible()).toBe(true);
  });

  it("opens the file each index link names, and makes no name a script address", async () => {
    const names = [
      "báo cáo #3 (50% ?).html",
      "a%20b.html",
      "quý III/xã Đông.html",
      "java\tscript:void(window.PWNED_LINK=1)",
      "java\nscript:void(window.PWNED_LINK=1)",
      "\u0001javascript:void(window.PWNED_LINK=1)",
      "javascript:void(window.PWNED_LINK=1)",
      "data:text,x",
    ];
    const stats = auditText("Đã giải quyết 120/150 đơn (đạt 85%).").stats;
    for (const [i, name] of names.entries()) {
      mkdirSync(join(outDir, "index", name, ".."), { recursive: true });
      writeFileSync(join(outDir, "index", name), `<!doctype html><title>page ${i}</title>`);
    }
    const index = renderIndex(
      [
        ...names.map((name, i) => ({ file: `file ${i}`, href: name, stats })),
        { file: "host", href: "//example.com/x", stats },
        {
          file: "stats",
          href: "s.html",
          stats: { ...stats, errors: "<img src=x onerror=alert(1)>" as never },
        },
      ],
      { lang: "en" },
    );
    const indexUrl = await open("index/index.html", index);
    const folder = new URL(".", indexUrl).href;
    // Every link, resolved by the browser, stays a file in the index's folder.
    const hrefs = await page.evaluate<string[]>(
      '[...document.querySelectorAll("table.reports a")].map((a) => a.href)',
    );
    expect(hrefs).toHaveLength(names.length + 1);
    for (const href of hrefs) expect(href.startsWith(folder), href).toBe(true);
    expect(await page.locator("td", { hasText: /^host$/ }).count()).toBe(1);
    const bars = await page.evaluate<number[]>(
      '[...document.querySelectorAll("table.reports .seg")].map((s) => s.clientWidth)',
    );
    // A row per name and the row of the hostile stats, whose count reads as none (no segment).
    expect(bars).toHaveLength(names.length + 1);
    expect(bars.every((w) => w > 0)).toBe(true);
    for (const [i] of names.entries()) {
      await page.click(`a:text-is("file ${i}")`);
      await page.waitForURL((url) => url.href !== indexUrl);
      // The file opens: as a page (its title), or as text when its name has no .html ending.
      const opened = (await page.title()) || (await page.innerText("body"));
      expect(opened, names[i]).toContain(`page ${i}`);
      expect(fileURLToPath(page.url())).toBe(join(outDir, "index", names[i] as string));
      await page.goBack();
    }
    expect(await pwned()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
