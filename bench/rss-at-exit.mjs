// Preloaded into a CLI run by bench/bombs.ts (`node --import ./bench/rss-at-exit.mjs dist/cli.js
// …`): writes the process's peak resident memory (bytes) to BENCH_RSS_FILE as it exits.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
