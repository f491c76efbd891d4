import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { auditText, parseNumber } from "baocao";
import { build } from "esbuild";
import { describe, expect, inject, it } from "vitest";

// What a browser program that imports one function from the packed package carries: esbuild
// bundles a one-line entry against the installed tarball (package-setup.ts), minified, as an
// application's bundler would (the "default" condition: one file per module), and the bundle is
// run. Sizes in KiB (1,024 bytes), gzip at its default level; docs/performance.md has the
// figures before and after.
const enabled = process.env.BAOCAO_BUILT_TESTS === "1";

interface Bundle {
  readonly bytes: number;
  readonly gzip: number;
  /** The files the bundle took code from, as paths relative to the working folder. */
  readonly inputs: readonly string[];
  /** The bundle, loaded as an ES module. */
  load(): Promise<Record<string, unknown>>;
}

async function bundle(name: string, resolveDir: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: `export { ${name} } from "baocao";`, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  const [meta] = Object.values(result.metafile.outputs);
  if (!output || !meta) throw new Error(`esbuild wrote no bundle for ${name}`);
  const inputs = Object.entries(meta.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  const file = join(resolveDir, `bundle-${name}.mjs`);
  writeFileSync(file, output.contents);
  return {
    bytes: output.contents.length,
    gzip: gzipSync(output.contents).length,
    inputs,
    load: () => import(pathToFileURL(file).href),
  };
}

const KiB = 1024;
const kib = (bytes: number) => (bytes / KiB).toFixed(1);
// Dependencies are linked from this project's node_modules, so their paths are relative to it.
const from = (folder: string) => (path: string) =>
  path.startsWith(`node_modules/${folder}/`) || path.includes(`/node_modules/${folder}/`);
const library = (folder: string) => (path: string) => path.includes(`/baocao/dist/esm/${folder}/`);

describe.runIf(enabled)("the size of a browser bundle of one function", () => {
  it("parseNumber: under 15 KiB gzipped, decimal.js and the numeral grammar only", async () => {
    const parse = await bundle("parseNumber", inject("packageDir"));
    console.info(`parseNumber: ${kib(parse.bytes)} KiB minified, ${kib(parse.gzip)} KiB gzipped`);
    expect(parse.gzip).toBeLessThan(15 * KiB);
    expect(parse.inputs.some(from("decimal.js"))).toBe(true);
    for (const excluded of [from("zod"), from("date-fns"), library("audit"), library("render")])
      expect(parse.inputs.filter(excluded)).toEqual([]);
    expect(
      parse.inputs.filter((p) => /\/dist\/esm\/(units|references|indicators)\//u.test(p)),
    ).toEqual([]);
    const bundled = (await parse.load()).parseNumber as typeof parseNumber;
    expect(bundled("6.858,208").ambiguity?.readings.map(String)).toEqual(
      parseNumber("6.858,208").ambiguity?.readings.map(String),
    );
  });

  it("checkPercentage: no schema library, no text auditor", async () => {
    const check = await bundle("checkPercentage", inject("packageDir"));
    console.info(
      `checkPercentage: ${kib(check.bytes)} KiB minified, ${kib(check.gzip)} KiB gzipped`,
    );
    expect(check.gzip).toBeLessThan(20 * KiB);
    for (const excluded of [from("zod"), library("audit"), library("render")])
      expect(check.inputs.filter(excluded)).toEqual([]);
  });

  // No schema library at all: auditText takes only a catalogue made by createCatalogue, which
  // validates a user's indicators; the data the checks read kept apart from what only describes
  // it (114.1 → 98.8 KiB gzipped; docs/performance.md).
  it("auditText: under 100 KiB gzipped, without the page renderer or zod", async () => {
    const audit = await bundle("auditText", inject("packageDir"));
    console.info(`auditText: ${kib(audit.bytes)} KiB minified, ${kib(audit.gzip)} KiB gzipped`);
    expect(audit.inputs.filter(library("render"))).toEqual([]);
    expect(audit.inputs.filter(from("zod"))).toEqual([]);
    // The checks read severities; the codes' descriptions are for the docs and the CLI.
    expect(
      audit.inputs.filter((p) => /\/dist\/esm\/(dates|references|units)\/codes\.js$/u.test(p)),
    ).toEqual([]);
    // Nor what describes the data the checks read: the registry's titles, the indicators'
    // numerators, sources and notes, the units each province was formed from.
    const descriptive =
      /\/dist\/esm\/(references\/registry|indicators\/built-in|indicators\/data\/descriptions|units\/province-units|units\/data\/province-origins)\.js$/u;
    expect(audit.inputs.filter((p) => descriptive.test(p))).toEqual([]);
    // Days are written by dayText, not date-fns's formatISO (every form of ISO 8601).
    expect(audit.inputs.filter((p) => p.includes("/date-fns/formatISO"))).toEqual([]);
    expect(audit.inputs.some((p) => p.endsWith("/dist/esm/references/known-documents.js"))).toBe(
      true,
    );
    const bundled = (await audit.load()).auditText as typeof auditText;
    const text = "Xã tiếp nhận 90 đơn, trong đó 41 đơn khiếu nại và 52 đơn tố cáo.";
    expect(bundled(text).findings).toEqual(auditText(text).findings);
    expect(audit.gzip).toBeLessThan(100 * KiB);
  });
});
