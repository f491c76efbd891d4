import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Test files that change what every file shares: a module mocked (vi.mock, vi.spyOn) or the
// working folder. They run with a module graph of their own; every other file shares one per
// worker (isolate: false), so the library's modules load once per worker, not once per file
// (loading them again for each of 109 files was about a quarter of the unit tests' time).
const ISOLATED = [
  "tests/cli/audit-throws.test.ts",
  "tests/docs/examples.test.ts",
  "tests/docs/vi-guide.test.ts",
];

export default defineConfig({
  resolve: {
    // Examples and docs import "baocao" exactly as a user would; tests resolve it to the source.
    alias: [
      {
        find: /^baocao\/units$/,
        replacement: fileURLToPath(new URL("./src/units/registry/index.ts", import.meta.url)),
      },
      { find: /^baocao$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
  test: {
    environment: "node",
    // No test is timed (speed lives in `npm run bench`): the limit only stops a test that hangs,
    // and must not fail one that runs on a busy machine.
    testTimeout: 120_000,
    // Every core runs test files (vitest's default leaves one core to itself: one worker on 2).
    maxWorkers: "100%",
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**", "tests/built/**", ...ISOLATED],
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
