/** Files no reader should accept, made byte by byte. */

/**
 * A minimal PDF whose trailer names an encryption dictionary with a user password that the
 * empty password does not open: PDF.js asks for a password.
 *
 * @returns the PDF bytes
 */
export function encryptedPdf(): Buffer {
  const hex = (byte: number) => byte.toString(16).padStart(2, "0").repeat(32);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [] /Count 0 >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x5a)}> /U <${hex(0xa5)}> /P -44 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  const id = "0123456789abcdef0123456789abcdef";
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 3 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** The OLE compound-file signature, as .doc and .xls files and encrypted .docx files begin. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * An OLE container's first bytes followed by the given stream names (UTF-16, as its directory
 * stores them) and filler: enough for content sniffing, not a readable compound file.
 *
 * @param names - stream names to include
 * @returns the bytes
 */
export function oleWith(...names: string[]): Buffer {
  return Buffer.concat([
    OLE,
    Buffer.alloc(504, 0),
    ...names.map((n) => Buffer.from(n, "utf16le")),
    Buffer.alloc(1024, 0x41),
  ]);
}
