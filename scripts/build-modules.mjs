// Writes dist/esm/: the library as one ES module per source module, for bundlers (the package's
// "default" condition). With `"sideEffects": false` a bundler keeps only the modules a program
// reaches, so a page that parses numbers never carries the auditor, the page renderer or the
// registry data. Run by `npm run build` after tsup, which writes the bundles Node loads, the
// declarations and the CLI. No source maps: these files are the sources without their types.
import { readdirSync } from "node:fs";
import { build } from "esbuild";

const entryPoints = readdirSync("src", { recursive: true, encoding: "utf8" })
  .map((file) => file.replaceAll("\\", "/"))
  .filter((file) => file.endsWith(".ts") && !file.startsWith("cli/"))
  .map((file) => `src/${file}`);

/** Leaves every import of another source module as it is; JSON data is still inlined. */
const oneFilePerModule = {
  name: "one-file-per-module",
  setup(context) {
    context.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point" || args.path.endsWith(".json")
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints,
  outdir: "dist/esm",
  outbase: "src",
  bundle: true,
  packages: "external",
  format: "esm",
  platform: "neutral",
  target: "es2022",
  // Vietnamese names as UTF-8 rather than \u escapes: the registry data is a third smaller.
  charset: "utf8",
  plugins: [oneFilePerModule],
  logLevel: "warning",
});
console.log(`dist/esm: ${entryPoints.length} modules`);
