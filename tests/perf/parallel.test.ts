import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReport } from "../../bench/generate.js";
import { joinAuditJson, runSummary } from "../../src/cli/format-json.js";
import {
  type FileOutcome,
  type OutputOptions,
  type RenderedFile,
  renderFile,
} from "../../src/cli/output.js";
import { auditFiles, type FileToAudit } from "../../src/cli/parallel.js";
import { reviewFile } from "../../src/cli/review.js";
import { auditInput } from "../../src/cli/worker.js";
import { auditText } from "../../src/index.js";

const NO_STDIN: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} };
const output: OutputOptions = {
  mode: "audit",
  formats: ["json"],
  lang: "en",
  color: false,
  failOn: "error",
  cwd: process.cwd(),
};
const parsed = (json: string | undefined) =>
  JSON.parse(json ?? "") as { file: string; findings: { code: string }[]; stats: unknown };
/** One file read, audited, reviewed (with nothing accepted) and rendered, in this thread. */
const renderedHere = async (file: string, options = output) =>
  renderFile(
    reviewFile(await auditInput(file, NO_STDIN, { rounding: "half-up" }), { key: file }),
    options,
  );
const stdinOf = (text: string): AsyncIterable<Uint8Array> => ({
  async *[Symbol.asyncIterator]() {
    yield new TextEncoder().encode(text);
  },
});

const given = (names: readonly string[]): FileToAudit[] =>
  names.map((name) => ({ name, walked: false, key: name, accepted: [] }));
/** The rendered files of outcomes that all succeeded. */
const rendered = (outcomes: readonly FileOutcome[]): RenderedFile[] =>
  outcomes.map((o) => {
    if (!o.ok) throw new Error(`${o.failed.file}: ${o.failed.reason.en}`);
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
}, 120_000);

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
      const json = parsed(a.outputs.json);
      expect(json.file).toBe(a.file);
      expect(json.findings.map((f) => f.code)).toEqual(expected.findings.map((f) => f.code));
      const { stats } = expected;
      expect(a.counts).toMatchObject({
        claims: stats.claims,
        consistent: stats.consistent,
        error: stats.errors,
        warning: stats.warnings,
        info: stats.infos,
      });
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
    expect(parsed(audited[0]?.outputs.json).findings[0]?.code).toBe("PERCENT_INCONSISTENT");
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
      failed: { file: missing[0], code: "READ_FAILED", reason: { en: "cannot read (ENOENT)" } },
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
    const local = await Promise.all(files.map((f) => renderedHere(f)));
    expect(pooled).toEqual(local);
    expect(parsed(pooled[0]?.outputs.json).findings.length).toBeGreaterThan(0);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  });

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
  });

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

describe("joinAuditJson", () => {
  it("writes what JSON.stringify writes for the whole object, files from renderFile", async () => {
    const parts = await Promise.all(files.map((f) => renderedHere(f)));
    const summary = runSummary(
      parts.map((p) => p.counts),
      0,
      0,
    );
    const joined = joinAuditJson(
      parts.map((p) => p.outputs.json ?? ""),
      "en",
      summary,
    );
    // Byte for byte what JSON.stringify writes for the object, each file written on its own.
    const whole = JSON.parse(joined) as { files: { file: string }[] };
    expect(whole.files.map((f) => f.file)).toEqual(files);
    expect(joined).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(JSON.parse(joinAuditJson([], "en", runSummary([], 0, 0))).files).toEqual([]);
  });
});

describe("an audit result crosses threads intact", () => {
  it("is plain data: a structured clone equals it", () => {
    const result = auditText(generateReport({ seed: 4, bytes: 30_000 }).text);
    expect(result.claims.length).toBeGreaterThan(10);
    expect(structuredClone(result)).toEqual(result);
  });
});
