import { defineConfig } from "tsup";

// The per-module build for bundlers (dist/esm/) is scripts/build-modules.mjs.
export default defineConfig([
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
