import { text } from "../i18n.js";
import { ReportReadError } from "./errors.js";
import { loadOptional } from "./optional.js";
import { joinLines, type Origin, type OriginText } from "./origin.js";

/** The part of word-extractor's API used here (the package ships no types). */
type WordExtractorClass = new () => {
  extract(input: Buffer): Promise<{ getBody(): string; getFootnotes(): string }>;
};

/**
 * Reads a legacy Word .doc with word-extractor: the body's paragraphs (table cells come out
 * tab-separated) and the footnotes as lines at the end. Origins are paragraphs only: the .doc
 * text does not say which cell a paragraph stood in.
 *
 * @param path - the file, for messages
 * @param bytes - its content
 * @returns the text with the paragraph of each offset
 */
export async function readDoc(path: string, bytes: Uint8Array): Promise<OriginText> {
  const WordExtractor = await loadOptional<WordExtractorClass>(path, "word-extractor", ".doc");
  let body: string;
  let footnotes: string;
  try {
    const extractor = new WordExtractor();
    const document = await extractor.extract(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
    body = document.getBody();
    footnotes = document.getFootnotes();
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ReportReadError(
      "CORRUPT_FILE",
      path,
      text(
        `tệp Word (.doc) bị hỏng hoặc có mật khẩu, không đọc được (${detail})`,
        `damaged or password-protected Word (.doc) file, cannot be read (${detail})`,
      ),
    );
  }
  const lines: { text: string; origin: Origin }[][] = [];
  body.split("\n").forEach((line, i) => {
    lines.push([{ text: line.replace(/\t+$/, ""), origin: { kind: "word", paragraph: i + 1 } }]);
  });
  const notes = footnotes.split("\n").filter((l) => l.trim() !== "");
  notes.forEach((line, i) => {
    lines.push([
      {
        text: /^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(line) ? line.trim() : `${superscript(i + 1)} ${line.trim()}`,
        origin: { kind: "word", paragraph: lines.length + 1, footnote: i + 1 },
      },
    ]);
  });
  return joinLines(lines, { kind: "word", paragraph: 1 });
}

function superscript(n: number): string {
  return [...String(n)].map((d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)] ?? d).join("");
}
