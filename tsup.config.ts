import { readdirSync } from "node:fs";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/** Every module of the library, by its path under src without `.ts` (the CLI is not one). */
function libraryModules(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync("src", { recursive: true, encoding: "utf8" })) {
    const path = file.replaceAll("\\", "/");
    if (path.endsWith(".ts") && !path.startsWith("cli/")) {
      entries[path.slice(0, -".ts".length)] = `src/${path}`;
    }
  }
  return entries;
}

/**
 * Leaves every import of another source module as an import, so the build is one file per
 * module: `./number.js` stays `./number.js` in ES modules and becomes `./number.cjs` in
 * CommonJS. Data in JSON is still inlined into the module that reads it, as Node cannot import
 * JSON without an import attribute.
 */
const oneFilePerModule: Plugin = {
  name: "one-file-per-module",
  setup(build) {
    const extension = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === "entry-point" || args.path.endsWith(".json")) return undefined;
      return { path: args.path.replace(/\.js$/u, extension), external: true };
    });
  },
};

export default defineConfig([
  {
    // The library, one file per source module (as date-fns ships): with `"sideEffects": false`
    // a bundler keeps only the modules a program reaches, so a program that parses numbers
    // never carries the auditor, the page renderer or the registry data. The declarations are
    // bundled per entry point.
    entry: libraryModules(),
    format: ["esm", "cjs"],
    dts: { entry: { index: "src/index.ts", units: "src/units/registry/index.ts" } },
    sourcemap: true,
    target: "es2022",
    esbuildPlugins: [oneFilePerModule],
    // Keep Vietnamese names as UTF-8 rather than \u escapes: the registry data is a third smaller.
    esbuildOptions(options) {
      options.charset = "utf8";
    },
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
