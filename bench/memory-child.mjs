// Audits one file in a fresh process and prints time and memory as JSON. Run by bench/run.ts as
// `node --expose-gc bench/memory-child.mjs <file> [once]`, against the built library (dist), so
// the figures are those of what users install and no TypeScript loader sits in memory. With
// "once" it stops after the first audit (for the live-heap bisection).
import { readFileSync } from "node:fs";

const { auditText } = await import("../dist/index.js");
const text = readFileSync(process.argv[2] ?? "", "utf8");
// Load every lazy table and compile the hot paths first: that is start-up, not the audit.
auditText(text.slice(0, 60_000));
globalThis.gc?.();
const base = process.memoryUsage().rss;
const t0 = performance.now();
const result = auditText(text);
const firstMs = performance.now() - t0;
const peak = process.resourceUsage().maxRSS * 1024;
globalThis.gc?.();
const retained = process.memoryUsage().rss - base;
if (process.argv[3] === "once") process.exit(result.claims.length > 0 ? 0 : 1);
const t1 = performance.now();
auditText(text);
const secondMs = performance.now() - t1;
process.stdout.write(
  JSON.stringify({
    bytes: Buffer.byteLength(text, "utf8"),
    baseRss: base,
    peakRss: peak,
    retained,
    firstMs,
    secondMs,
    claims: result.claims.length,
  }),
);
