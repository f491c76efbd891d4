import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/args.js";
import { lines, onlyFile, run } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "baocao-inputs-"));
const WRONG = "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\n";

describe("an input with nothing in it", () => {
  it("says standard input is empty instead of 'no findings'", async () => {
    const text = await run(["audit", "-", "--lang", "en"], "");
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      "<stdin>\n  note: standard input is empty: nothing was audited\n\n0 errors, 0 warnings, 0 info; 0 claims checked (0 consistent) in 1 file\n",
    );
    const json = onlyFile((await run(["audit", "-", "--format", "json"], "")).stdout);
    expect(json.notices).toEqual(["standard input is empty: nothing was audited"]);
  });

  it.each([
    ["empty", ""],
    ["blank", " \n\t\r\n"],
    ["a BOM alone", "\ufeff"],
  ])("says a file that is %s has no text", async (_, content) => {
    const file = join(dir, "blank.txt");
    writeFileSync(file, content);
    const { stdout } = await run(["audit", file, "--lang", "en"]);
    expect(stdout).toContain("note: the file has no text: nothing was audited");
    expect(stdout).not.toContain("no findings");
  });
});

describe("a structured report (.json)", () => {
  it.each([
    [
      "a UTF-8 BOM",
      (json: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]),
    ],
    ["UTF-16 with a BOM", (json: string) => Buffer.from(`\ufeff${json}`, "utf16le")],
  ])("is read with %s, as a text report is", async (_, encode) => {
    const source = join(dir, "wrong.txt");
    writeFileSync(source, WRONG);
    const extracted = (await run(["extract", source])).stdout;
    const file = join(dir, "with-bom.json");
    writeFileSync(file, encode(extracted));
    const plain = join(dir, "plain.json");
    writeFileSync(plain, extracted);
    const withBom = await run(["audit", file, "--format", "json"]);
    expect(withBom.stderr).toBe("");
    expect(withBom.code).toBe(1);
    const expected = onlyFile((await run(["audit", plain, "--format", "json"])).stdout);
    // The same findings; only the key differs, being made of the file's name.
    const unkeyed = (findings: { fingerprint: string }[]) =>
      findings.map((f) => ({ ...f, fingerprint: "" }));
    expect(unkeyed(onlyFile(withBom.stdout).findings)).toEqual(unkeyed(expected.findings));
  });

  it("is refused when it is not Unicode text, as its entry", async () => {
    const file = join(dir, "latin1.json");
    writeFileSync(file, Buffer.from([0x7b, 0xe9, 0x7d]));
    const { code, stdout, stderr } = await run(["audit", file, "--format", "json"]);
    expect(code).toBe(2);
    expect(onlyFile(stdout).error).toEqual({
      code: "NOT_TEXT",
      message: "not UTF-8 text (convert it to UTF-8 first)",
    });
    expect(lines(stderr)).toEqual([`baocao: ${file}: not UTF-8 text (convert it to UTF-8 first)`]);
  });
});

describe("--max-unpacked-size", () => {
  it.each([
    ["500MB", 500_000_000],
    ["2GB", 2_000_000_000],
    ["1.5 gb", 1_500_000_000],
    ["750k", 750_000],
    ["20M", 20_000_000],
  ])("reads %s", (size, bytes) => {
    for (const name of ["audit", "extract", "convert"]) {
      const command = parseCommandLine([name, "a.docx", "--max-unpacked-size", size]);
      expect(command).toMatchObject({ maxUnpackedBytes: bytes });
    }
  });

  it("is unset by default (the readers' 200 MB)", () => {
    expect(parseCommandLine(["audit", "a.docx"])).toMatchObject({ maxUnpackedBytes: undefined });
  });

  it.each(["200", "0MB", "-5MB", "lots", "5TB", "1e3MB", ""])(
    "refuses %j with one line",
    async (size) => {
      const { code, stderr } = await run(["audit", "a.docx", "--max-unpacked-size", size]);
      expect(code).toBe(2);
      expect(lines(stderr)).toEqual([
        `baocao: --max-unpacked-size must be a size with its unit, such as 500MB or 2GB (got "${size}")`,
      ]);
    },
  );
});
