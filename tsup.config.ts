import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: pure, tree-shakeable, no Node APIs; `baocao/units` carries the registry data.
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
