// The round trip a validator makes: `baocao audit --format html:…` writes the pages of a folder,
// the validator accepts a finding in a page and downloads the acceptance file, and the next
// `baocao audit` with that file hides exactly that finding. The page and the CLI share one key
// (fingerprintFinding, keyed by the path relative to the folder) and one parser
// (safeParseAcceptance), and this proves it in Chromium on pages the CLI itself wrote.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAcceptance } from "../../src/index.js";
import { run } from "../cli/run-cli.js";
import { launchChromium } from "./chromium.js";

// Invented: two slips in a commune's report, one consistent rate in a district's.
const COMMUNE =
  "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\nPhường đã cấp 118/125 giấy phép (đạt 95,2%).\n";
const DISTRICT = "Huyện đã hòa giải thành 45/50 vụ việc (đạt 90%).\n";

describe.skipIf(!process.env.BAOCAO_BROWSER_TESTS)("an acceptance file made in the page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is read by the CLI, which then hides the finding accepted there", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "baocao-page-accept-"));
    const reports = join(cwd, "reports");
    mkdirSync(join(reports, "huyen"), { recursive: true });
    writeFileSync(join(reports, "huyen", "xa.txt"), COMMUNE);
    writeFileSync(join(reports, "tong-hop.txt"), DISTRICT);
    const pages = join(cwd, "pages");
    const written = await run(["audit", reports, "--format", `html:${pages}/`], "", { cwd });
    expect(written.code).toBe(1);

    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(pathToFileURL(join(pages, "huyen__xa.txt.html")).href);
    const items = page.locator("ol.findings > li");
    expect(await items.count()).toBe(2);
    const excerpt = await items.first().getAttribute("data-excerpt");
    await items.first().locator(".accept").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#download").click(),
    ]);
    // One name: the page's file, saved where the CLI looks, is read with no option at all.
    expect(download.suggestedFilename()).toBe("baocao.accepted.json");
    const saved = join(cwd, download.suggestedFilename());
    await download.saveAs(saved);
    await page.close();

    // The CLI's own parser takes the page's file as it is, keyed by the path in the folder.
    const file = parseAcceptance(JSON.parse(readFileSync(saved, "utf8")));
    expect(file.accepted.map((e) => [e.file, e.code, e.excerpt])).toEqual([
      ["huyen/xa.txt", "PERCENT_INCONSISTENT", excerpt],
    ]);

    const after = await run(["audit", reports, "--format", "json"], "", { cwd });
    expect(after.stderr).toBe("");
    const json = JSON.parse(after.stdout);
    const commune = json.files.find((f: { key: string }) => f.key === "huyen/xa.txt");
    expect(commune.findings).toHaveLength(1);
    expect(commune.findings[0].excerpt).not.toBe(excerpt);
    expect(commune.stats.accepted).toBe(1);
    expect(json.summary.accepted).toBe(1);
    expect(json.summary.stale).toBe(0);
    // The entry the page wrote is the one --accept would write for that finding.
    const shown = await run(["audit", reports, "--show-accepted", "--format", "json"], "", { cwd });
    const marked = JSON.parse(shown.stdout).files.find(
      (f: { key: string }) => f.key === "huyen/xa.txt",
    );
    const accepted = marked.findings.filter((f: { accepted: boolean }) => f.accepted);
    expect(accepted.map((f: { fingerprint: string }) => f.fingerprint)).toEqual([
      file.accepted[0]?.fingerprint,
    ]);
  });
});
