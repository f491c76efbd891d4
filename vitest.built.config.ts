import { defineConfig } from "vitest/config";

// The built package as users run it: `node dist/cli.js` in a child process (the worker pool
// needs dist/cli-worker.js, which only the build makes). Run by `npm run test:built` after the
// build, as part of `npm test`.
export default defineConfig({
  test: {
    include: ["tests/built/**/*.test.ts"],
    environment: "node",
    env: { BAOCAO_BUILT_TESTS: "1" },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
