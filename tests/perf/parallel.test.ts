import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReport } from "../../bench/generate.js";
import {
  type FileOutcome,
  joinJson,
  type OutputOptions,
  type RenderedFile,
  renderFile,
} from "../../src/cli/output.js";
import { auditFiles, type FileToAudit } from "../../src/cli/parallel.js";
import { auditInput } from "../../src/cli/worker.js";
import { auditText } from "../../src/index.js";

const NO_STDIN: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} };
const output: OutputOptions = { mode: "audit", format: "json", lang: "en", color: false };
const parsed = (json: string) =>
  JSON.parse(json) as { file: string; findings: { code: string }[]; stats: unknown };
const stdinOf = (text: string): AsyncIterable<Uint8Array> => ({
  async *[Symbol.asyncIterator]() {
    yield new TextEncoder().encode(text);
  },
});

const given = (names: readonly string[]): FileToAudit[] =>
  names.map((name) => ({ name, walked: false }));
/** The rendered files of outcomes that all succeeded. */
const rendered = (outcomes: readonly FileOutcome[]): RenderedFile[] =>
  outcomes.map((o) => {
    if (!o.ok) throw new Error(`${o.failed.file}: ${o.failed.reason}`);
    return o.rendered;
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
    alias: {
      "baocao/units": fileURLToPath(new URL("../../src/units/registry/index.ts", import.meta.url)),
      baocao: fileURLToPath(new URL("../../src/index.ts", import.meta.url)),
    },
    logLevel: "silent",
  });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("auditFiles", () => {
  it("audits in-process from the sources, in input order, with progress after each file", async () => {
    const progress: [number, number, string][] = [];
    const audited = rendered(
      await auditFiles(
        given(files),
        { settings: { rounding: "half-up" }, stdin: NO_STDIN, output },
        (done, total, file) => progress.push([done, total, file]),
      ),
    );
    expect(audited.map((a) => a.file)).toEqual(files);
    for (const a of audited) {
      const expected = auditText(readFileSync(a.file, "utf8"), { rounding: "half-up" });
      const json = parsed(a.output);
      expect(json.file).toBe(a.file);
      expect(json.findings.map((f) => f.code)).toEqual(expected.findings.map((f) => f.code));
      expect(a.stats).toEqual(expected.stats);
    }
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every(([, total]) => total === 5)).toBe(true);
  });

  it("reads standard input in its place among the files", async () => {
    const audited = rendered(
      await auditFiles(given(["-", files[0] as string]), {
        settings: { rounding: "half-up" },
        stdin: stdinOf("Xã đã giải quyết 120/150 đơn (đạt 85%)."),
        output,
      }),
    );
    expect(audited.map((a) => a.file)).toEqual(["<stdin>", files[0]]);
    expect(parsed(audited[0]?.output ?? "").findings[0]?.code).toBe("PERCENT_INCONSISTENT");
  });

  it("gives each unreadable file its failure in its place, and audits the others", async () => {
    const missing = [join(dir, "missing-a.txt"), join(dir, "missing-b.txt")];
    const outcomes = await auditFiles(
      given([missing[0] as string, files[0] as string, missing[1] as string]),
      {
        settings: { rounding: "half-up" },
        stdin: NO_STDIN,
        output,
      },
    );
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, false]);
    expect(outcomes[0]).toMatchObject({
      failed: { file: missing[0], code: "READ_FAILED", reason: "cannot read (ENOENT)" },
    });
  });

  it("gives the same results on worker threads as in-process", async () => {
    const options = { settings: { rounding: "half-up" as const }, stdin: NO_STDIN, output };
    const progress: number[] = [];
    const pooled = rendered(
      await auditFiles(given(files), { ...options, threads: 2, worker, minPoolBytes: 0 }, (done) =>
        progress.push(done),
      ),
    );
    const local = await Promise.all(
      files.map(async (f) =>
        renderFile(await auditInput(f, NO_STDIN, { rounding: "half-up" }), output),
      ),
    );
    expect(pooled).toEqual(local);
    expect(parsed(pooled[0]?.output ?? "").findings.length).toBeGreaterThan(0);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  }, 60_000);

  it("turns a worker's unreadable file into the same failure, the others audited", async () => {
    const missing = join(dir, "missing.txt");
    const options = { settings: { rounding: "half-up" as const }, stdin: NO_STDIN, output };
    const pooled = await auditFiles(given([...files, missing]), {
      ...options,
      threads: 2,
      worker,
      minPoolBytes: 0,
    });
    const local = await auditFiles(given([...files, missing]), options);
    expect(pooled).toEqual(local);
    expect(pooled.at(-1)).toMatchObject({
      ok: false,
      failed: { file: missing, code: "READ_FAILED" },
    });
    expect(pooled.filter((o) => o.ok)).toHaveLength(files.length);
  }, 60_000);

  it("keeps a small batch in-process even with a worker at hand", async () => {
    // A worker that does not exist would fail the batch if a pool were started.
    const audited = await auditFiles(given(files.slice(0, 2)), {
      settings: { rounding: "half-up" },
      stdin: NO_STDIN,
      output,
      threads: 2,
      worker: join(dir, "no-such-worker.mjs"),
    });
    expect(audited).toHaveLength(2);
  });
});

describe("joinJson", () => {
  it("writes what JSON.stringify writes for one object and for several", () => {
    const objects = [{ a: 1, b: ["x\ny", { c: null }] }, { d: "e" }, {}];
    const indent = (o: unknown) => `  ${JSON.stringify(o, null, 2).replace(/\n/g, "\n  ")}`;
    expect(joinJson([JSON.stringify(objects[0], null, 2)], false)).toBe(
      `${JSON.stringify(objects[0], null, 2)}\n`,
    );
    expect(joinJson(objects.map(indent), true)).toBe(`${JSON.stringify(objects, null, 2)}\n`);
    expect(joinJson([], true)).toBe("[]\n");
  });

  it("gets from renderFile the parts it joins", async () => {
    const several = { ...output, several: true };
    const parts = await Promise.all(
      files.map(async (f) =>
        renderFile(await auditInput(f, NO_STDIN, { rounding: "half-up" }), several),
      ),
    );
    const joined = joinJson(
      parts.map((p) => p.output),
      true,
    );
    // Byte for byte what JSON.stringify writes for the array of the files' objects.
    const objects = JSON.parse(joined) as unknown[];
    expect(objects).toHaveLength(files.length);
    expect(joined).toBe(`${JSON.stringify(objects, null, 2)}\n`);
  });
});

describe("an audit result crosses threads intact", () => {
  it("is plain data: a structured clone equals it", () => {
    const result = auditText(generateReport({ seed: 4, bytes: 30_000 }).text);
    expect(result.claims.length).toBeGreaterThan(10);
    expect(structuredClone(result)).toEqual(result);
  });
});
