// Generates the registry data of baocao from the shared data set (../shared/data/documents or
// REGISTRY_DATA_DIR). Run by hand after central.json changes:
//   node scripts/registry-data.mjs
// Writes src/references/data/: central.json (the shared file as it is, which the tests hold
// CENTRAL_DOCUMENTS to), central-dated.json (every field but the title: what the checks read)
// and central-titles.json (the titles, in the same order). The checks never read a title, so a
// program that audits text carries the dated part only; CENTRAL_DOCUMENTS joins the two.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = process.env.REGISTRY_DATA_DIR ?? join(root, "..", "shared", "data", "documents");
const out = join(root, "src", "references", "data");

copyFileSync(join(source, "central.json"), join(out, "central.json"));
const { documents } = JSON.parse(readFileSync(join(out, "central.json"), "utf8"));
const dated = documents.map(({ title, ...rest }) => rest);
const titles = documents.map((d) => d.title);
const write = (name, value) =>
  writeFileSync(join(out, name), `${JSON.stringify(value, null, 1)}\n`, "utf8");
write("central-dated.json", { documents: dated });
write("central-titles.json", { titles });
console.info(`${documents.length} documents written to ${out}`);
