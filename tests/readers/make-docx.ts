import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { type Block, FOOTNOTES, REPORT } from "./report-fixture.js";

const MARK = /([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/u;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A paragraph's runs: text, and a real Word footnote reference where the text has "¹". */
function runs(text: string): (TextRun | FootnoteReferenceRun)[] {
  return text
    .split(MARK)
    .filter((part) => part !== "")
    .map((part) =>
      MARK.test(part)
        ? new FootnoteReferenceRun(Number([...part].map((c) => SUPERSCRIPT.indexOf(c)).join("")))
        : new TextRun(part),
    );
}

function block(b: Block): Paragraph | Table {
  if (b.kind === "page-break") return new Paragraph({ children: [new PageBreak()] });
  if (b.kind === "heading")
    return new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(b.text) });
  if (b.kind === "paragraph") return new Paragraph({ children: runs(b.text) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: b.rows.map(
      (row) =>
        new TableRow({
          children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
        }),
    ),
  });
}

/**
 * Writes a report as a Word .docx with the `docx` package: paragraphs, headings, a real table
 * and real footnotes.
 *
 * @param blocks - the report (default: the shared fixture)
 * @returns the .docx bytes
 */
export async function makeDocx(blocks: readonly Block[] = REPORT): Promise<Buffer> {
  const footnotes = Object.fromEntries(
    [...FOOTNOTES].map(([n, text]) => [n, { children: [new Paragraph(text)] }]),
  );
  const doc = new Document({ footnotes, sections: [{ children: blocks.map(block) }] });
  return Packer.toBuffer(doc);
}
