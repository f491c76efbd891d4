import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readReport } from "../../src/cli/readers/index.js";
import { formatSize } from "../../src/cli/readers/unpacked.js";
import { lines, onlyFile, run } from "../cli/run-cli.js";
import {
  deflateBomb,
  docxBomb,
  docxParts,
  flateBombContent,
  member,
  onePage,
  pdfBomb,
  pdfOf,
  streamObject,
  zip,
} from "./make-bombs.js";
import { makeDocx } from "./make-docx.js";
import { encryptedPage } from "./make-encrypted-pdf.js";
import { lzwBomb, runLengthBomb, showText } from "./make-filter-bombs.js";

const GIB = 1 << 30;
const MIB = 1 << 20;
const SENTENCE = "Xa da giai quyet 47/52 don (dat 91,4%).";
const dir = mkdtempSync(join(tmpdir(), "baocao-bombs-"));

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Reading a file with a limit: its text, or the code and message it was refused with. */
async function read(path: string, maxUnpackedBytes?: number) {
  try {
    const report = await readReport(path, maxUnpackedBytes ? { maxUnpackedBytes } : {});
    return { text: report.text };
  } catch (error) {
    const { code, reason } = error as { code: string; reason: string };
    return { code, reason };
  }
}

const TOO_LARGE = /^too large when unpacked: .* \(raise it with --max-unpacked-size\)$/;

describe("a .docx zip bomb", () => {
  it("stating its true size (1 GiB from 1 MB) is refused from the zip's directory", async () => {
    const bomb = file("bomb.docx", docxBomb(GIB));
    expect(await read(bomb)).toEqual({
      code: "TOO_LARGE_UNPACKED",
      reason:
        "too large when unpacked: its parts unpack to 1.07 GB, over the limit of 200 MB (raise it with --max-unpacked-size)",
    });
  });

  it("lying about its size is stopped while it is unpacked, at the limit", async () => {
    const bomb = file("bomb-lie.docx", docxBomb(GIB, { lie: true }));
    const refused = await read(bomb);
    expect(refused).toEqual({
      code: "TOO_LARGE_UNPACKED",
      reason:
        "too large when unpacked: its parts unpack to more than the limit of 200 MB (raise it with --max-unpacked-size)",
    });
  });

  it("is read once the limit is raised above it, and refused below", async () => {
    for (const lie of [false, true]) {
      const docx = file("twelve.docx", docxBomb(12 * MIB, { lie, sentence: SENTENCE }));
      expect(await read(docx, 10_000_000)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
      if (!lie) expect((await read(docx, 20_000_000)).text?.trim()).toBe(SENTENCE);
    }
  });

  it("counts every part, the real ones of a Word file included", async () => {
    const docx = file("real.docx", await makeDocx());
    expect((await read(docx)).text).toMatch(/\S/);
    expect(await read(docx, 1000)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
  });

  it("is refused by the command line with the message, as that file's entry (exit 2)", async () => {
    const bomb = file("entry.docx", docxBomb(GIB, { lie: true }));
    const { code, stdout, stderr } = await run(["audit", bomb, "--format", "json"]);
    expect(code).toBe(2);
    expect(onlyFile(stdout).error.code).toBe("TOO_LARGE_UNPACKED");
    expect(lines(stderr)).toEqual([
      `baocao: ${bomb}: too large when unpacked: its parts unpack to more than the limit of 200 MB (raise it with --max-unpacked-size)`,
    ]);
    const raised = await run([
      "convert",
      file("ok.docx", docxBomb(4 * MIB, { sentence: SENTENCE })),
      "--max-unpacked-size",
      "5MB",
    ]);
    expect(raised.code).toBe(0);
    expect(raised.stdout.trim()).toBe(SENTENCE);
  });

  it("a damaged part is damaged, not too large", async () => {
    const broken = {
      ...member("word/document.xml", "<w:document/>"),
      data: Buffer.from([0xff, 0xff, 0xff]),
    };
    const docx = file("broken-part.docx", zip([...docxParts(), broken]));
    expect(await read(docx)).toMatchObject({ code: "CORRUPT_FILE" });
  });
});

describe("a PDF Flate bomb", () => {
  it("(1 GiB from 1 MB) is refused before PDF.js decodes it", async () => {
    const bomb = file("bomb.pdf", pdfBomb(GIB));
    expect(await read(bomb)).toEqual({
      code: "TOO_LARGE_UNPACKED",
      reason:
        "too large when unpacked: its compressed streams unpack to more than the limit of 200 MB (raise it with --max-unpacked-size)",
    });
  });

  it("is read once the limit is raised above it, and refused below", async () => {
    const pdf = file("twelve.pdf", pdfBomb(12 * MIB, SENTENCE));
    expect((await read(pdf, 20_000_000)).text).toBe(SENTENCE);
    expect(await read(pdf, 10_000_000)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
  });

  it.each(["rc4", "aes256"] as const)(
    "encrypted (%s, no password needed) is decrypted to be counted",
    async (cipher) => {
      const small = file(
        `enc-${cipher}.pdf`,
        encryptedPage(flateBombContent(MIB, SENTENCE), cipher),
      );
      expect((await read(small)).text).toBe(SENTENCE);
      expect(await read(small, 500_000)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
      const bomb = file(`enc-bomb-${cipher}.pdf`, encryptedPage(flateBombContent(GIB), cipher));
      expect(await read(bomb)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
    },
  );

  it("behind a length given by an object defined twice is counted at its largest", async () => {
    // The data starts with a stored block holding "endstream": a decoy length ends there.
    const stored = Buffer.from("\nendstream\n", "latin1");
    const header = Buffer.from([0x00, stored.length, 0, ~stored.length & 255, 255]);
    const data = Buffer.concat([
      Buffer.from([0x78, 0x9c]),
      header,
      stored,
      deflateBomb(GIB, showText(SENTENCE)),
      Buffer.alloc(4),
    ]);
    const decoy = 2 + header.length;
    const objects = onePage(Buffer.alloc(0), "");
    objects[3] = Buffer.concat([
      Buffer.from("<< /Filter /FlateDecode /Length 6 0 R >>\nstream\n", "latin1"),
      data,
      Buffer.from("\nendstream", "latin1"),
    ]);
    objects.push(Buffer.from(String(data.length)));
    // A comment PDF.js skips, which a scan for "6 0 obj" meets after the real object.
    objects.push(Buffer.from(`null % 6 0 obj ${decoy} endobj`));
    expect(await read(file("decoy.pdf", pdfOf(objects)))).toMatchObject({
      code: "TOO_LARGE_UNPACKED",
    });
  });

  it("inside an object stream is counted like any stream", async () => {
    const objects = onePage(Buffer.from(showText(SENTENCE)), "");
    objects.push(
      streamObject(
        "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
        Buffer.concat([
          Buffer.from([0x78, 0x9c]),
          deflateBomb(GIB, "7 0 ", "null"),
          Buffer.alloc(4),
        ]),
      ),
    );
    expect(await read(file("objstm.pdf", pdfOf(objects)))).toMatchObject({
      code: "TOO_LARGE_UNPACKED",
    });
  });
});

describe("the check on a PDF's streams, on hostile syntax", () => {
  it.each([
    ["a run of 4 million digits", "9".repeat(4_000_000)],
    ["arrays nested 200,000 deep", `${"[".repeat(200_000)}${"]".repeat(200_000)}`],
    ["a dictionary never closed", `<< /A ${"<< /B ".repeat(100_000)}`],
    ["a string never closed", `(${"\\(".repeat(500_000)}`],
  ])("reads past %s, and still finds the bomb after it", async (_, junk) => {
    const objects = onePage(flateBombContent(GIB), "/Filter /FlateDecode");
    // In a comment of the first object, which PDF.js skips and the scan for "n g obj" does not.
    objects[0] = Buffer.concat([
      objects[0] ?? Buffer.alloc(0),
      Buffer.from(`\n% 9 0 obj ${junk}\n`, "latin1"),
    ]);
    expect(await read(file("junk.pdf", pdfOf(objects)))).toMatchObject({
      code: "TOO_LARGE_UNPACKED",
    });
  });
});

describe("the check on a PDF's streams, on files crafted to make it slow", () => {
  const page = () => onePage(Buffer.from(showText(SENTENCE)), "");
  it.each([
    ["100,000 objects that open a string and never close it", "1 0 obj (".repeat(100_000)],
    ["100,000 streams with no end", "1 0 obj << >> stream\n".repeat(100_000)],
    [
      "100,000 streams whose lengths all run to the end of the file",
      "1 0 obj << /Length 900000 >> stream\n".repeat(25_000),
    ],
  ])("gives an answer for %s (read, or refused as damaged)", async (_, junk) => {
    const objects = page();
    objects[0] = Buffer.concat([objects[0] ?? Buffer.alloc(0), Buffer.from(`\n%${junk}\n`)]);
    const result = await read(file("slow.pdf", pdfOf(objects)));
    expect([SENTENCE, "CORRUPT_FILE"]).toContain(result.text ?? result.code);
  });
});

describe("the other filters PDF.js decodes", () => {
  const pdf = (name: string, content: Buffer, entries: string) =>
    file(name, pdfOf(onePage(content, entries)));

  it("LZWDecode: read as PDF.js reads it, and counted", async () => {
    const small = pdf("lzw.pdf", lzwBomb(showText(SENTENCE), MIB), "/Filter /LZWDecode");
    expect((await read(small)).text).toBe(SENTENCE);
    expect(await read(small, 500_000)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
    const bomb = pdf("lzw-bomb.pdf", lzwBomb(showText(SENTENCE), 300 * MIB), "/Filter /LZW");
    expect(await read(bomb)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
  });

  it("RunLengthDecode", async () => {
    const bomb = pdf(
      "rl.pdf",
      runLengthBomb(showText(SENTENCE), 32 * MIB),
      "/Filter /RunLengthDecode",
    );
    expect((await read(bomb, 40_000_000)).text).toBe(SENTENCE);
    expect(await read(bomb, 20_000_000)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
  });

  it("ASCIIHexDecode then FlateDecode", async () => {
    const hex = Buffer.from(`${flateBombContent(GIB).toString("hex")}>`, "latin1");
    const bomb = pdf("ahx.pdf", hex, "/Filter [/ASCIIHexDecode /FlateDecode]");
    expect(await read(bomb)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
  });

  it("BrotliDecode", async () => {
    const content = Buffer.concat([Buffer.from(showText(SENTENCE)), Buffer.alloc(24 * MIB, 0x20)]);
    const bomb = pdf("brotli.pdf", brotliCompressSync(content), "/Filter /BrotliDecode");
    expect(await read(bomb, 20_000_000)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
  });

  it("counts what a plain Flate stream unpacks to, exactly", async () => {
    const content = Buffer.from(`${showText(SENTENCE)}${" ".repeat(9_000)}`);
    const plain = pdf("plain.pdf", deflateSync(content), "/Filter /FlateDecode");
    // The content stream and nothing else is compressed: the limit falls on its size.
    expect((await read(plain, content.length)).text).toBe(SENTENCE);
    expect(await read(plain, content.length - 1)).toMatchObject({ code: "TOO_LARGE_UNPACKED" });
  });
});

describe("formatSize", () => {
  it.each([
    [999, "999 bytes"],
    [1000, "1 KB"],
    [200_000_000, "200 MB"],
    [1_073_741_824, "1.07 GB"],
  ])("writes %d as %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it("every refusal says how to raise the limit", async () => {
    expect((await read(file("again.pdf", pdfBomb(GIB)))).reason).toMatch(TOO_LARGE);
  });
});
