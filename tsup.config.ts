import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", units: "src/units/registry/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "es2022",
});
