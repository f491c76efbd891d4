import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // No test is timed (speed lives in `npm run bench`): the limit only stops a test that hangs,
    // and must not fail one that runs on a busy machine.
    testTimeout: 120_000,
  },
});
