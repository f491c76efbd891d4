// A steady load to profile: `node --cpu-prof --cpu-prof-dir=prof --import tsx bench/profile.ts
// [KB per report] [seconds]` audits generated reports from the sources for a while, then
// `node bench/profile-summary.mjs prof` lists where the time went.
import { auditText } from "../src/index.js";
import { generateCorpus } from "./generate.js";

const kilobytes = Number(process.argv[2] ?? 60);
const seconds = Number(process.argv[3] ?? 8);
const reports = generateCorpus(20, kilobytes * 1000, 1).map((r) => r.text);
for (const text of reports) auditText(text);
const start = performance.now();
let runs = 0;
while (performance.now() - start < seconds * 1000)
  auditText(reports[runs++ % reports.length] ?? "");
const ms = (performance.now() - start) / runs;
console.log(`${runs} audits of ${kilobytes} KB, ${ms.toFixed(1)} ms each`);
