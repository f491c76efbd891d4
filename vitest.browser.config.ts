import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The browser tests: the HTML audit page opened in Chromium (playwright-core drives the system's
// /usr/bin/chromium). Run with `npm run test:browser`; kept apart from `npm test`, which must stay
// fast and needs no browser.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^baocao\/units$/,
        replacement: fileURLToPath(new URL("./src/units/registry/index.ts", import.meta.url)),
      },
      { find: /^baocao$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    env: { BAOCAO_BROWSER_TESTS: "1" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
