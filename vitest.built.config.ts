import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The built package as users run it: `node dist/cli.js` in a child process (the worker pool
// needs dist/cli-worker.js, which only the build makes), and the packed tarball installed into
// consumer projects and bundled (packed once, by package-setup.ts). Run by `npm run test:built`
// after the build, as part of `npm test`.
export default defineConfig({
  resolve: {
    // The consumers' program is also run from the sources, to know what the package must print.
    alias: [
      {
        find: /^baocao\/units$/,
        replacement: fileURLToPath(new URL("./src/units/registry/index.ts", import.meta.url)),
      },
      { find: /^baocao$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["tests/built/**/*.test.ts"],
    globalSetup: ["tests/built/package-setup.ts"],
    environment: "node",
    env: { BAOCAO_BUILT_TESTS: "1" },
    testTimeout: 120_000,
    // A worker per core: vitest's default (cores − 1) ran the four files one after another on 2.
    maxWorkers: "100%",
    // Packing and installing the consumer projects takes about 100 s on a busy 2-core machine.
    hookTimeout: 300_000,
  },
});
