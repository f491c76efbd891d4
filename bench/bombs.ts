// Compression bombs through the built CLI: a .docx zip bomb (its size stated, or hidden) and a
// PDF Flate bomb (plain, and encrypted), each of 1 GiB from about 1 MB, made on the fly by the
// tests' makers. Each run is a fresh process; time and peak memory (RSS) are its own. The goal:
// stopped within 5 s and 1 GB at the default limit (200 MB), with "too large when unpacked".
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { docxBomb, flateBombContent, pdfBomb } from "../tests/readers/make-bombs.js";
import { encryptedPage } from "../tests/readers/make-encrypted-pdf.js";
import { fmt, table } from "./measure.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GIB = 1 << 30;

/**
 * Runs the CLI on each bomb and prints a table: file size, time, peak RSS, the message.
 *
 * @param work - a scratch folder
 */
export function bombs(work: string): void {
  console.log("\n## Compression bombs (1 GiB unpacked), built CLI, fresh process each\n");
  const cases: [string, string, Buffer][] = [
    [".docx, sizes stated", "bomb.docx", docxBomb(GIB)],
    [".docx, sizes hidden", "bomb-hidden.docx", docxBomb(GIB, { lie: true })],
    ["PDF, Flate", "bomb.pdf", pdfBomb(GIB)],
    ["PDF, Flate, RC4-encrypted", "bomb-rc4.pdf", encryptedPage(flateBombContent(GIB), "rc4")],
    [
      "PDF, Flate, AES-256-encrypted",
      "bomb-aes.pdf",
      encryptedPage(flateBombContent(GIB), "aes256"),
    ],
  ];
  const rows: string[][] = [];
  for (const [label, name, bytes] of cases) {
    const file = join(work, name);
    const rss = join(work, `${name}.rss`);
    writeFileSync(file, bytes);
    const t0 = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        join(ROOT, "bench", "rss-at-exit.mjs"),
        join(ROOT, "dist", "cli.js"),
        "audit",
        file,
      ],
      { encoding: "utf8", env: { ...process.env, BENCH_RSS_FILE: rss }, timeout: 300_000 },
    );
    const ms = performance.now() - t0;
    const peak = Number(readFileSync(rss, "utf8"));
    const said = /too large when unpacked/.test(run.stderr)
      ? "too large when unpacked"
      : run.stderr.trim().slice(0, 60);
    rows.push([
      label,
      `${fmt(bytes.length / 1e6)} MB`,
      fmt(ms / 1000),
      fmt(peak / 1e6),
      `${run.status}: ${said}`,
    ]);
    rmSync(file);
  }
  console.log(table(["bomb", "file", "s", "peak RSS MB", "exit: message"], rows));
}
