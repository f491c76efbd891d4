import { readdirSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/**
 * Every module of the library, by its path under src without `.ts` (the CLI and the browser app,
 * programs over the library, are not: the app is built by scripts/build-app.ts).
 */
function libraryModules(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync("src", { recursive: true, encoding: "utf8" })) {
    const path = file.replaceAll("\\", "/");
    if (path.endsWith(".ts") && !path.startsWith("cli/") && !path.startsWith("app/")) {
      entries[path.slice(0, -".ts".length)] = `src/${path}`;
    }
  }
  return entries;
}

/**
 * Leaves every import of another source module as it is (`./number.js`), so the build is one
 * file per module. JSON data is still inlined into the module that reads it: tsup's
 * `bundle: false` would leave `import central from "./data/central.json"` for every consumer to
 * resolve (Node and browsers refuse a JSON import without an import attribute, and the file
 * would not be in dist/).
 */
const oneFilePerModule: Plugin = {
  name: "one-file-per-module",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point" || args.path.endsWith(".json")
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

// Keep Vietnamese names as UTF-8 rather than \u escapes: the registry data is a third smaller.
const utf8 = (options: { charset?: "utf8" | "ascii" }) => {
  options.charset = "utf8";
};

// tsup writes every output of the package. It lists each file it writes (about 160 for
// dist/esm); its `silent` option is one flag for the whole run, so that list stays.
export default defineConfig([
  {
    // For bundlers (the package's "default" condition): one file per source module, as date-fns
    // ships. With `"sideEffects": false` a bundler keeps only the modules a program reaches, so a
    // page that parses numbers never carries the auditor, the page renderer or the registry.
    // No source maps: these files are the sources with their types removed, readable as they are.
    entry: libraryModules(),
    outDir: "dist/esm",
    format: ["esm"],
    platform: "neutral",
    target: "es2022",
    esbuildPlugins: [oneFilePerModule],
    esbuildOptions: utf8,
  },
  {
    // For Node (the "node" and "require" conditions) and the declarations: one bundle per entry
    // point, as node loads one file faster than the 160 of dist/esm (about 0.15 s of CPU at
    // every start). `baocao/units` carries the registry data; the two share their chunks.
    entry: { index: "src/index.ts", units: "src/units/registry/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    target: "es2022",
    esbuildOptions: utf8,
  },
  {
    // The CLI imports the library as "baocao", like any user; it stays outside the bundle.
    // cli-worker.js is the worker thread of `baocao audit` on many files (src/cli/parallel.ts).
    entry: { cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    external: ["baocao", "baocao/units"],
    sourcemap: true,
  },
]);
