/** Compression bombs made on the fly: a .docx zip bomb and a PDF Flate bomb, of any size. */
import { constants, deflateRawSync } from "node:zlib";

/**
 * A raw deflate stream of `prefix`, then `size` bytes of `fill`, then `suffix`, made without
 * compressing `size` bytes: one megabyte of `fill` is compressed once (flushed, so it stands
 * alone, referring only to itself) and its blocks repeated, as a bomb's maker would. About a
 * thousandth of `size`.
 *
 * @param size - bytes of filler, a whole number of mebibytes
 * @param prefix - text before the filler
 * @param suffix - text after it
 * @param fill - the filler byte (a space by default)
 * @returns the deflate stream (raw, no zlib header)
 */
export function deflateBomb(size: number, prefix = "", suffix = "", fill = 0x20): Buffer {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const mebibyte = deflateRawSync(Buffer.alloc(1 << 20, fill), flush);
  return Buffer.concat([
    deflateRawSync(Buffer.from(prefix, "latin1"), flush),
    ...new Array<Buffer>(Math.ceil(size / (1 << 20))).fill(mebibyte),
    deflateRawSync(Buffer.from(suffix, "latin1")),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One member of a zip: its name, its (maybe deflated) data and the sizes its headers state. */
export interface ZipMember {
  readonly name: string;
  /** The stored bytes: deflated when `deflated`, else as they are. */
  readonly data: Buffer;
  readonly deflated: boolean;
  /** The unpacked size the headers state (what a bomb may lie about). */
  readonly size: number;
  readonly crc: number;
}

/**
 * A member made from its content, deflated, with its true size and CRC.
 *
 * @param name - the path in the zip
 * @param content - the bytes
 * @returns the member
 */
export function member(name: string, content: string | Buffer): ZipMember {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  return {
    name,
    data: deflateRawSync(bytes),
    deflated: true,
    size: bytes.length,
    crc: crc32(bytes),
  };
}

/**
 * A zip archive of the members, each with a local header and an entry in the central directory.
 *
 * @param members - the members, in order
 * @returns the zip's bytes
 */
export function zip(members: readonly ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(m.deflated ? 8 : 0, 8);
    local.writeUInt32LE(m.crc, 14);
    local.writeUInt32LE(m.data.length, 18);
    local.writeUInt32LE(m.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(m.deflated ? 8 : 0, 10);
    central.writeUInt32LE(m.crc, 16);
    central.writeUInt32LE(m.data.length, 20);
    central.writeUInt32LE(m.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, m.data);
    centrals.push(central, name);
    offset += 30 + name.length + m.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The parts of a minimal .docx around its document.xml. */
export function docxParts(): ZipMember[] {
  return [
    member(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    member(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  ];
}

/**
 * A .docx whose document.xml holds a sentence and then `size` bytes of spaces in one run of text:
 * a zip bomb (1 GiB from about 1 MB). With `lie`, its headers state a tiny size instead of the
 * true one, as bombs do to pass a check on stated sizes.
 *
 * @param size - bytes of spaces (whole mebibytes)
 * @param options - `lie`: state 1,000 bytes; `sentence`: the text before the spaces
 * @returns the .docx bytes
 */
export function docxBomb(size: number, options: { lie?: boolean; sentence?: string } = {}): Buffer {
  const sentence = options.sentence ?? "Xa da giai quyet 47/52 don (dat 91,4%).";
  const prefix = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">${sentence}`;
  const suffix = "</w:t></w:r></w:p></w:body></w:document>";
  const data = deflateBomb(size, prefix, suffix);
  const total = prefix.length + Math.ceil(size / (1 << 20)) * (1 << 20) + suffix.length;
  const document: ZipMember = {
    name: "word/document.xml",
    data,
    deflated: true,
    size: options.lie ? 1000 : total,
    crc: 0,
  };
  return zip([...docxParts(), document]);
}

/**
 * A PDF made of the given objects (numbered from 1), with a correct cross-reference table.
 *
 * @param objects - each object's body (dictionary, and stream if any), bytes or Latin-1 text
 * @param trailer - more trailer entries (`/Encrypt 5 0 R /ID [<…> <…>]`)
 * @returns the PDF's bytes
 */
export function pdfOf(objects: readonly (string | Buffer)[], trailer = ""): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, "latin1"),
      typeof body === "string" ? Buffer.from(body, "latin1") : body,
      Buffer.from("\nendobj\n", "latin1"),
    ]);
    parts.push(part);
    length += part.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) xref += `${String(offset).padStart(10, "0")} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref, "latin1")]);
}

/**
 * A stream object: its dictionary (with /Length added) and its data.
 *
 * @param entries - dictionary entries (`/Filter /FlateDecode`)
 * @param data - the stream's bytes as stored
 * @returns the object's body
 */
export function streamObject(entries: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${entries} /Length ${data.length} >>\nstream\n`, "latin1"),
    data,
    Buffer.from("\nendstream", "latin1"),
  ]);
}

/** The objects of a one-page PDF, the page's content stream given (object 4). */
export function onePage(content: Buffer, contentEntries: string): Buffer[] {
  return [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    ),
    streamObject(contentEntries, content),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
  ];
}

/**
 * The zlib-wrapped Flate data of a page that shows a sentence, then `size` bytes of spaces in its
 * content stream: a Flate bomb.
 *
 * @param size - bytes of spaces (whole mebibytes)
 * @param sentence - the text shown
 * @returns the stream data (zlib header, deflate stream, a checksum PDF.js does not check)
 */
export function flateBombContent(
  size: number,
  sentence = "Xa da giai quyet 47/52 don (dat 91,4%).",
): Buffer {
  const show = `BT /F1 12 Tf 72 720 Td (${sentence.replace(/[()\\]/g, "\\$&")}) Tj ET\n`;
  return Buffer.concat([Buffer.from([0x78, 0x9c]), deflateBomb(size, show, "\n"), Buffer.alloc(4)]);
}

/**
 * A one-page PDF whose content stream is a Flate bomb ({@link flateBombContent}).
 *
 * @param size - bytes of spaces (whole mebibytes)
 * @param sentence - the text shown
 * @returns the PDF's bytes
 */
export function pdfBomb(size: number, sentence?: string): Buffer {
  return pdfOf(onePage(flateBombContent(size, sentence), "/Filter /FlateDecode"));
}
