// Summarises a V8 CPU profile (node --cpu-prof): the functions with the most time of their own
// ("self") and with the most time including what they call ("inclusive"), as shares of the run.
// Usage: node bench/profile-summary.mjs <profile dir or .cpuprofile> [rows]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const target = process.argv[2] ?? "prof";
const rows = Number(process.argv[3] ?? 30);
const file = statSync(target).isDirectory()
  ? join(
      target,
      readdirSync(target)
        .filter((f) => f.endsWith(".cpuprofile"))
        .sort()[0] ?? "",
    )
  : target;
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const time = new Map();
profile.samples.forEach((id, i) => {
  time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...time.values()].reduce((a, b) => a + b, 0);
const name = (n) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url.split("/").slice(-2).join("/");
  return `${functionName || "(anonymous)"} ${where}${where ? `:${lineNumber + 1}` : ""}`;
};
const self = new Map();
const inclusive = new Map();
for (const [id, t] of time) {
  const key = name(byId.get(id));
  self.set(key, (self.get(key) ?? 0) + t);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = name(byId.get(at));
    if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    seen.add(k);
  }
}
const top = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([k, t]) => `${((t / total) * 100).toFixed(1).padStart(5)}%  ${k.slice(0, 110)}`)
    .join("\n");
console.log(`${file}\n\nself\n${top(self)}\n\ninclusive\n${top(inclusive)}`);
