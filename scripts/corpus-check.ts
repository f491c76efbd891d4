// Checks every key of the real-text corpus (tests/corpus/passages) and prints each problem:
// figures that cannot be found, a verdict that does not follow from the figures. Exit 1 on any.
// `npx tsx scripts/corpus-check.ts [p012 …]` checks some passages only, and lists their claims;
// `--sources` rewrites the table of passages and sources in tests/corpus/README.md.
import { readFileSync, writeFileSync } from "node:fs";
import { type CorpusPassage, keyFiles, readPassage } from "../tests/corpus/key.js";

const dir = new URL("../tests/corpus/passages/", import.meta.url);
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith("--"));
const read: CorpusPassage[] = [];
let problems = 0;
let claims = 0;
let passages = 0;
for (const name of keyFiles(dir)) {
  if (only.length > 0 && !only.includes(name.replace(/\.json$/, ""))) continue;
  try {
    const passage = readPassage(dir, name);
    passages++;
    read.push(passage);
    claims += passage.claims.length;
    if (only.length > 0)
      for (const c of passage.claims)
        console.log(
          `${passage.key.id} ${c.key.id} ${c.key.shape} ${c.verdict}: ${c.key.formula ?? "fact"} = ${c.exact?.toDecimalPlaces(6).toFixed() ?? "–"} (stated ${c.stated.text} at ${c.stated.start})`,
        );
  } catch (e) {
    problems++;
    console.error((e as Error).message);
  }
}
console.log(`${passages} passages, ${claims} claims, ${problems} problems`);
if (problems > 0) process.exitCode = 1;

if (args.includes("--sources") && problems === 0) {
  const readme = new URL("../tests/corpus/README.md", import.meta.url);
  const doc = readFileSync(readme, "utf8");
  const start = "<!-- sources:start -->";
  const end = "<!-- sources:end -->";
  const rows = read.map(
    (p) =>
      `| ${p.key.id} | ${p.key.domain} | ${p.key.publisher} | ${p.text.length} | ${p.claims.length} | <${p.key.source}> |`,
  );
  const table = [
    "| id | domain | publisher | characters | claims | source |",
    "|---|---|---|---:|---:|---|",
    ...rows,
  ].join("\n");
  writeFileSync(
    readme,
    `${doc.slice(0, doc.indexOf(start) + start.length)}\n${table}\n${doc.slice(doc.indexOf(end))}`,
  );
  console.log("wrote tests/corpus/README.md");
}
