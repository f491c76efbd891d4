import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { onePage, pdfOf } from "../readers/make-bombs.js";
import { auditJson, lines, onlyFile, run } from "./run-cli.js";

// Dated, so that no notice about a missing date comes before the findings.
const GOOD = "Hà Nội, ngày 05 tháng 3 năm 2024\nXã đã giải quyết 47/52 đơn (đạt 90,4%).\n";
const WRONG = "Hà Nội, ngày 05 tháng 3 năm 2024\nXã đã giải quyết 47/52 đơn (đạt 91,4%).\n";

/** A PDF whose one page draws a line and holds no text: what a scan looks like to a reader. */
const SCAN = pdfOf(onePage(Buffer.from("0 0 m 100 100 l S"), ""));

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-batch-"));
  writeFileSync(join(dir, "a-good.txt"), GOOD);
  writeFileSync(join(dir, "b-latin1.txt"), Buffer.from([0x78, 0xe3, 0x20, 0xff, 0xfe]));
  writeFileSync(join(dir, "c-damaged.docx"), Buffer.from("PK\u0003\u0004word/ not a zip at all"));
  writeFileSync(join(dir, "d-scan.pdf"), SCAN);
  writeFileSync(join(dir, "e-wrong.md"), WRONG);
});

describe("a batch with unreadable files", () => {
  const failed = [
    ["b-latin1.txt", "NOT_TEXT", /not UTF-8 text/],
    ["c-damaged.docx", "CORRUPT_FILE", /damaged Word \(\.docx\) file/],
    ["d-scan.pdf", "NO_TEXT_LAYER", /no text layer/],
  ] as const;

  it("audits every other file, gives each unreadable one its reason, and exits 2 (text)", async () => {
    const { code, stdout, stderr } = await run(["audit", dir, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stdout).toContain(`${join(dir, "a-good.txt")} (dated 2024-03-05)\n  no findings\n`);
    expect(stdout).toContain(`${join(dir, "e-wrong.md")} (dated 2024-03-05)\n  2:18`);
    for (const [name, , reason] of failed)
      expect(stdout).toMatch(new RegExp(`${name}\\n  not read: .*${reason.source}`));
    expect(stdout).toMatch(/1 error, .* in 5 files \(3 not read\)\n$/);
    expect(lines(stderr)).toHaveLength(3);
    for (const [name, , reason] of failed)
      expect(stderr).toMatch(new RegExp(`baocao: .*${name}: .*${reason.source}`));
  });

  it("keeps one JSON object per file, in order, the unreadable ones with error: { code, message }", async () => {
    const { code, stdout } = await run(["audit", dir, "--format", "json"]);
    expect(code).toBe(2);
    const { files, summary } = auditJson(stdout);
    expect(summary).toMatchObject({ files: 5, unread: 3, error: 1 });
    expect(files.map((f) => f.file.slice(dir.length + 1))).toEqual([
      "a-good.txt",
      "b-latin1.txt",
      "c-damaged.docx",
      "d-scan.pdf",
      "e-wrong.md",
    ]);
    for (const [name, errorCode, reason] of failed) {
      const entry = files.find((f) => f.file.endsWith(name));
      expect(entry?.error?.code).toBe(errorCode);
      expect(entry?.error?.message).toMatch(reason);
      expect(entry?.findings).toEqual([]);
    }
    expect(files[4]?.findings).toHaveLength(1);
    expect(files[0]?.error).toBeNull();
  });

  it("lists the unreadable files in the HTML index with their reason, and writes the other pages", async () => {
    const site = join(dir, "..", `${dir.split("/").at(-1)}-site`);
    const { code } = await run(["audit", dir, "--format", "html", "--out", site, "--lang", "en"]);
    expect(code).toBe(2);
    const index = readFileSync(join(site, "index.html"), "utf8");
    const links = [...index.matchAll(/<a href="([^"#]+\.html)">/g)].map((m) => m[1]);
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(readFileSync(join(site, link ?? ""), "utf8")).toContain("<html");
    for (const [name, , reason] of failed) {
      const row = new RegExp(
        `<tr class="unread"><td>[^<]*${name.replace(".", "\\.")}</td>\\n<td colspan="7">.*?: .*${reason.source}`,
      );
      expect(index).toMatch(row);
    }
  });

  it("writes the extract of every readable file, and the error of each other one", async () => {
    const { code, stdout } = await run(["extract", dir]);
    expect(code).toBe(2);
    const reports = JSON.parse(stdout) as { error?: { code: string } }[];
    expect(reports).toHaveLength(5);
    expect(reports.map((r) => r.error?.code ?? "ok")).toEqual([
      "ok",
      "NOT_TEXT",
      "CORRUPT_FILE",
      "NO_TEXT_LAYER",
      "ok",
    ]);
  });

  it("writes --out with every file's entry, then exits 2", async () => {
    const out = join(dir, "..", `${dir.split("/").at(-1)}.json`);
    const { code, stdout } = await run(["audit", dir, "--format", "json", "--out", out]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(auditJson(readFileSync(out, "utf8")).files).toHaveLength(5);
  });

  it("gives one unreadable file given alone its entry too", async () => {
    const { code, stdout, stderr } = await run(["audit", join(dir, "d-scan.pdf"), "-f", "json"]);
    expect(code).toBe(2);
    expect(onlyFile(stdout).error.code).toBe("NO_TEXT_LAYER");
    expect(lines(stderr)).toHaveLength(1);
  });
});

describe("the folder walk", () => {
  it("orders files by code point, whatever the locale", async () => {
    const names = ["a.txt", "B.txt", "z.txt", "Đ.txt", "Z.txt", "ă.txt", "b.txt"];
    const folder = mkdtempSync(join(tmpdir(), "baocao-order-"));
    for (const name of names) writeFileSync(join(folder, name), GOOD);
    const { stdout } = await run(["audit", folder, "--format", "json"]);
    const order = auditJson(stdout).files.map((f) => f.file.slice(folder.length + 1));
    expect(order).toEqual(["B.txt", "Z.txt", "a.txt", "b.txt", "z.txt", "ă.txt", "Đ.txt"]);
  });

  it("reads no socket: it is named in a notice, the other files are audited", async () => {
    const folder = mkdtempSync(join(tmpdir(), "baocao-socket-"));
    writeFileSync(join(folder, "report.txt"), WRONG);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(folder, "socket.txt"), resolve));
    try {
      const { code, stdout, stderr } = await run(["audit", folder, "--format", "json"]);
      expect(code).toBe(1);
      expect(onlyFile(stdout).file).toBe(join(folder, "report.txt"));
      expect(lines(stderr)).toEqual([
        `baocao: ${join(folder, "socket.txt")}: not read: a socket, not a regular file`,
      ]);
    } finally {
      server.close();
    }
  });
});
