/**
 * PDF content streams in the other filters PDF.js decodes (LZW, run-length, ASCII hex), each of
 * any unpacked size, made without writing out what they unpack to.
 */

/** Writes codes of varying width, most significant bit first, as LZWDecode reads them. */
class BitWriter {
  private readonly bytes: number[] = [];
  private buffer = 0;
  private held = 0;
  write(code: number, width: number): void {
    this.buffer = (this.buffer << width) | code;
    this.held += width;
    while (this.held >= 8) {
      this.bytes.push((this.buffer >>> (this.held - 8)) & 255);
      this.held -= 8;
    }
    this.buffer &= (1 << this.held) - 1;
  }
  done(): Buffer {
    if (this.held > 0) this.bytes.push((this.buffer << (8 - this.held)) & 255);
    return Buffer.from(this.bytes);
  }
}

/**
 * LZWDecode data (early change 1): `text` coded byte by byte, then `size` bytes of spaces. A run
 * of one byte codes as strings of length 1, 2, 3…, each the code just defined, so the codes are
 * written directly; the table is cleared before it fills.
 *
 * @param text - text before the spaces (Latin-1)
 * @param size - bytes of spaces after it
 * @returns the coded bytes
 */
export function lzwBomb(text: string, size: number): Buffer {
  const out = new BitWriter();
  // The decoder's table: codes defined so far, and the code width it reads next.
  let next = 258;
  let width = 9;
  let first = true;
  const emit = (code: number) => {
    out.write(code, width);
    if (code === 256) {
      next = 258;
      width = 9;
      first = true;
      return;
    }
    if (!first) next++;
    first = false;
    if (((next + 1) & next) === 0) width = Math.min(Math.log2(next + 1) + 1, 12);
  };
  emit(256);
  for (const char of Buffer.from(text, "latin1")) {
    // Each byte alone, clearing the table as it fills: simple, and still valid LZW.
    if (next >= 4000) emit(256);
    emit(char);
  }
  let left = size;
  while (left > 0) {
    emit(256);
    emit(0x20);
    left -= 1;
    for (let length = 2; left > 0 && next < 4000; length++) {
      emit(next);
      left -= length;
    }
  }
  emit(257);
  return out.done();
}

/**
 * RunLengthDecode data: `text` as literal runs, then `size` bytes of spaces in runs of 128
 * (two bytes each: 64 times smaller).
 *
 * @param text - text before the spaces (Latin-1)
 * @param size - bytes of spaces (a multiple of 128)
 * @returns the coded bytes, ending with the end-of-data mark
 */
export function runLengthBomb(text: string, size: number): Buffer {
  const parts: Buffer[] = [];
  const bytes = Buffer.from(text, "latin1");
  for (let i = 0; i < bytes.length; i += 128) {
    const run = bytes.subarray(i, i + 128);
    parts.push(Buffer.from([run.length - 1]), run);
  }
  parts.push(Buffer.alloc(2 * Math.ceil(size / 128), Buffer.from([129, 0x20])));
  parts.push(Buffer.from([128]));
  return Buffer.concat(parts);
}

/**
 * The text-showing operators of a page: a sentence at the top, in Helvetica.
 *
 * @param sentence - the text shown
 * @returns the content stream's start
 */
export function showText(sentence = "Xa da giai quyet 47/52 don (dat 91,4%)."): string {
  return `BT /F1 12 Tf 72 720 Td (${sentence.replace(/[()\\]/g, "\\$&")}) Tj ET\n`;
}
