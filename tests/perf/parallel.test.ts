import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReport } from "../../bench/generate.js";
import { auditFiles } from "../../src/cli/parallel.js";
import { auditInput } from "../../src/cli/worker.js";
import { auditText } from "../../src/index.js";

const NO_STDIN: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} };
const stdinOf = (text: string): AsyncIterable<Uint8Array> => ({
  async *[Symbol.asyncIterator]() {
    yield new TextEncoder().encode(text);
  },
});

let dir = "";
let files: string[] = [];
let worker = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "baocao-parallel-"));
  files = [1, 2, 3, 4, 5].map((seed) => {
    const file = join(dir, `bc-${seed}.txt`);
    writeFileSync(file, generateReport({ seed, bytes: 8_000 }).text);
    return file;
  });
  // The built CLI ships dist/cli-worker.js; from the sources a worker thread cannot load
  // TypeScript, so the test bundles the same module (library included) as the build would.
  worker = join(dir, "cli-worker.mjs");
  await build({
    entryPoints: [fileURLToPath(new URL("../../src/cli/worker.ts", import.meta.url))],
    outfile: worker,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    alias: { baocao: fileURLToPath(new URL("../../src/index.ts", import.meta.url)) },
    logLevel: "silent",
  });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("auditFiles", () => {
  it("audits in-process from the sources, in input order, with progress after each file", async () => {
    const progress: [number, number, string][] = [];
    const audited = await auditFiles(
      files,
      { rounding: "half-up", stdin: NO_STDIN },
      (done, total, file) => progress.push([done, total, file]),
    );
    expect(audited.map((a) => a.file)).toEqual(files);
    for (const a of audited) {
      expect(a.result).toEqual(auditText(a.text ?? "", { rounding: "half-up" }));
    }
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every(([, total]) => total === 5)).toBe(true);
  });

  it("reads standard input in its place among the files", async () => {
    const audited = await auditFiles(["-", files[0] as string], {
      rounding: "half-up",
      stdin: stdinOf("Xã đã giải quyết 120/150 đơn (đạt 85%)."),
    });
    expect(audited.map((a) => a.file)).toEqual(["<stdin>", files[0]]);
    expect(audited[0]?.result.findings[0]?.code).toBe("PERCENT_INCONSISTENT");
  });

  it("reports the first unreadable file in input order as an input error", async () => {
    const missing = [join(dir, "missing-a.txt"), join(dir, "missing-b.txt")];
    await expect(
      auditFiles([files[0] as string, ...missing], { rounding: "half-up", stdin: NO_STDIN }),
    ).rejects.toMatchObject({ name: "InputError", message: expect.stringContaining("missing-a") });
  });

  it("gives the same results on worker threads as in-process", async () => {
    const options = { rounding: "half-up" as const, stdin: NO_STDIN };
    const progress: number[] = [];
    const pooled = await auditFiles(
      files,
      { ...options, threads: 2, worker, minPoolBytes: 0 },
      (done) => progress.push(done),
    );
    const local = await Promise.all(files.map((f) => auditInput(f, NO_STDIN, "half-up")));
    expect(pooled).toEqual(local);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  }, 60_000);

  it("turns a worker's unreadable file into the same input error", async () => {
    const missing = join(dir, "missing.txt");
    await expect(
      auditFiles([...files, missing], {
        rounding: "half-up",
        stdin: NO_STDIN,
        threads: 2,
        worker,
        minPoolBytes: 0,
      }),
    ).rejects.toMatchObject({ name: "InputError", message: expect.stringContaining("missing") });
  }, 60_000);

  it("keeps a small batch in-process even with a worker at hand", async () => {
    // A worker that does not exist would fail the batch if a pool were started.
    const audited = await auditFiles(files.slice(0, 2), {
      rounding: "half-up",
      stdin: NO_STDIN,
      threads: 2,
      worker: join(dir, "no-such-worker.mjs"),
    });
    expect(audited).toHaveLength(2);
  });
});

describe("an audit result crosses threads intact", () => {
  it("is plain data: a structured clone equals it", () => {
    const result = auditText(generateReport({ seed: 4, bytes: 30_000 }).text);
    expect(result.claims.length).toBeGreaterThan(10);
    expect(structuredClone(result)).toEqual(result);
  });
});
