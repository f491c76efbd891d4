import { text } from "../i18n.js";
import { ReportReadError } from "./errors.js";
import { type HtmlToken, tokenize, VOID } from "./html.js";
import { loadOptional } from "./optional.js";
import { joinLines, type Origin, type OriginText, type WordOrigin } from "./origin.js";
import { checkZipUnpacked } from "./unpacked.js";

type Piece = { text: string; origin: Origin };

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const toSuperscript = (digits: string) =>
  [...digits].map((d) => SUPERSCRIPT[Number(d)] ?? d).join("");
const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

/**
 * Reads a .docx with mammoth: each paragraph one line, each table row one line of cells joined
 * by tabs, footnote marks kept as superscript digits ("¹") and footnote texts as lines "¹ …" at
 * the end.
 *
 * The archive is checked first against `maxUnpackedBytes` (a zip bomb is refused before mammoth
 * unpacks it), and pictures are never read: only their place in the text is kept.
 *
 * @param path - the file, for messages
 * @param bytes - its content
 * @param maxUnpackedBytes - the most its parts may unpack to
 * @returns the text with the paragraph (and cell) of each offset
 * @throws ReportReadError: TOO_LARGE_UNPACKED, CORRUPT_FILE, READER_MISSING
 */
export async function readDocx(
  path: string,
  bytes: Uint8Array,
  maxUnpackedBytes: number,
): Promise<OriginText> {
  const mammoth = await loadOptional<typeof import("mammoth")>(path, "mammoth", ".docx");
  await checkZipUnpacked(path, bytes, maxUnpackedBytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build (JSZip takes both).
      {
        buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        arrayBuffer: bytes as unknown as ArrayBuffer,
      },
      {
        ignoreEmptyParagraphs: false,
        // The default reads every picture into a data: URI; the text needs none of them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
    html = result.value;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ReportReadError(
      "CORRUPT_FILE",
      path,
      text(
        `tệp Word (.docx) bị hỏng, không đọc được (${detail})`,
        `damaged Word (.docx) file, cannot be read (${detail})`,
      ),
    );
  }
  return walk(tokenize(html));
}

/** Turns mammoth's HTML into lines with their Word origins. */
export function walk(tokens: readonly HtmlToken[]): OriginText {
  const lines: Piece[][] = [];
  const notes: { number: string; citedIn: number; lines: Piece[][] }[] = [];
  /** Footnote id → the paragraph citing it and the number Word shows for it. */
  const citations = new Map<string, { paragraph: number; number: string }>();
  let paragraph = 0;
  let table = 0;
  /** Tables being read: nested tables flatten into their outer cell. */
  const tables: { row: number; column: number; cells: Piece[][]; number: number }[] = [];
  let current: Piece[] | undefined; // the paragraph (or cell) being filled
  let note: (typeof notes)[number] | undefined;
  let inLink: string | undefined;

  const origin = (): WordOrigin => {
    const t = tables[0];
    const cell = t ? { table: t.number, row: t.row, column: t.column } : undefined;
    const footnote = note ? Number(note.number) : undefined;
    return {
      kind: "word",
      paragraph: note ? note.citedIn : paragraph,
      ...(cell ? { cell } : {}),
      ...(footnote !== undefined && Number.isFinite(footnote) ? { footnote } : {}),
    };
  };
  const push = (text: string) => {
    if (text === "") return;
    if (!current) {
      // Text outside any paragraph (rare in mammoth's output): a paragraph of its own.
      paragraph++;
      current = [];
      (note ? note.lines : lines).push(current);
    }
    current.push({ text, origin: origin() });
  };

  for (const token of tokens) {
    if (token.type === "text") {
      if (inLink?.startsWith("#footnote-ref") || inLink?.startsWith("#endnote-ref")) continue;
      if (inLink?.startsWith("#footnote-") || inLink?.startsWith("#endnote-")) {
        const number = token.text.replace(/\D/g, "");
        citations.set(inLink.slice(1), { paragraph, number });
        push(toSuperscript(number));
        continue;
      }
      push(token.text.replace(/[\r\n]+/g, " "));
      continue;
    }
    const { name } = token;
    if (token.type === "open") {
      if (name === "a") inLink = token.attrs.href;
      else if (name === "li" && /^(foot|end)note-/.test(token.attrs.id ?? "")) {
        const cited = citations.get(token.attrs.id ?? "");
        const number = cited?.number ?? (token.attrs.id ?? "").replace(/\D/g, "");
        note = { number, citedIn: cited?.paragraph ?? paragraph, lines: [] };
        notes.push(note);
        current = undefined;
      } else if (name === "table") {
        if (tables.length === 0) {
          table++;
          tables.unshift({ row: 0, column: 0, cells: [], number: table });
        } else
          tables.unshift({ ...(tables[0] ?? { number: table }), row: 0, column: 0, cells: [] });
      } else if (name === "tr" && tables.length === 1) {
        const t = tables[0];
        if (t) {
          t.row++;
          t.column = 0;
          t.cells = [];
        }
      } else if ((name === "td" || name === "th") && tables.length === 1) {
        const t = tables[0];
        if (t) {
          t.column++;
          current = [];
          t.cells.push(current);
        }
      } else if (BLOCK.has(name)) {
        paragraph++;
        if (tables.length > 0) {
          // A further paragraph in the same cell: joined to the cell's text by a space.
          if (current && current.length > 0) current.push({ text: " ", origin: origin() });
        } else {
          current = [];
          (note ? note.lines : lines).push(current);
        }
      } else if (name === "br") {
        if (tables.length > 0) push(" ");
        else {
          current = [];
          (note ? note.lines : lines).push(current);
        }
      } else if (VOID.has(name)) {
        // images and rules carry no text
      }
      continue;
    }
    // closing tags
    if (name === "a") inLink = undefined;
    else if (name === "li" && note) {
      note = undefined;
      current = undefined;
    } else if (name === "table") {
      const inner = tables.shift();
      if (tables.length === 0) current = undefined;
      else if (inner) current = tables[0]?.cells.at(-1);
    } else if (name === "tr" && tables.length === 1) {
      const t = tables[0];
      if (t) lines.push(joinCells(t.cells, origin()));
      current = undefined;
    } else if (BLOCK.has(name) && tables.length === 0) current = undefined;
  }
  for (const n of notes) {
    n.lines.forEach((pieces, i) => {
      const text = pieces.map((p) => p.text).join("");
      const trimmed = text.replace(/\s*↑\s*$/u, "").trimEnd();
      const mark = i === 0 ? `${toSuperscript(n.number)} ` : "";
      const at = pieces[0]?.origin ?? { kind: "word" as const, paragraph: n.citedIn };
      lines.push([{ text: mark + trimmed.trimStart(), origin: at }]);
    });
  }
  return joinLines(lines, { kind: "word", paragraph: 1 });
}

/** A table row as one line: cells' text (tabs and line breaks inside made spaces) joined by tabs. */
function joinCells(cells: readonly Piece[][], row: WordOrigin): Piece[] {
  const out: Piece[] = [];
  cells.forEach((cell, i) => {
    // Every cell boundary gets its tab, empty cells included, so columns stay aligned.
    if (i > 0) out.push({ text: "\t", origin: cell[0]?.origin ?? out.at(-1)?.origin ?? row });
    for (const piece of cell) out.push({ ...piece, text: piece.text.replace(/[\t\n]/g, " ") });
  });
  return out;
}
