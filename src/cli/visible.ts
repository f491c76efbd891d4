/**
 * Control characters a terminal would obey rather than show: C0 (ESC starts colour, cursor and
 * title sequences; BEL, BS, CR rewrite what is shown), DEL, C1 (CSI, OSC as single bytes), and the
 * bidirectional embeddings, overrides and isolates that reorder what follows them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe to print on a terminal: every control character shown as an escape
 * (`\x1b`, `\x07`, `\x9b`) and every bidirectional control as its code point (`<U+202E>`), so a
 * report or a file name can neither run terminal sequences (set the title, clear the screen) nor
 * reorder the line it stands in.
 *
 * @param text - report text, a file name, a message
 * @returns the text with those characters written out visibly
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code >= 0x2000
      ? `<U+${code.toString(16).toUpperCase()}>`
      : `\\x${code.toString(16).padStart(2, "0")}`;
  });
}

/**
 * A one-line message for standard error, with its control characters shown.
 *
 * @param text - the message (a file's name and what went wrong)
 * @returns "baocao: " and the message, ending in a line break
 */
export function errorLine(text: string): string {
  return `baocao: ${visible(text)}\n`;
}
