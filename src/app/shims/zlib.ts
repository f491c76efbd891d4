// node:zlib in the app's worker, as far as the readers use it: a raw-inflate stream (the zip and
// PDF unpacked-size checks count what it gives and stop it at their cap), over fflate. Brotli
// (a PDF 2.0 filter almost no file uses) is not available: its stream fails at once, which the
// check counts as data that went bad after 0 bytes, as PDF.js then reads nothing from it either.
import { Inflate } from "fflate";
import { Buffer } from "./buffer.js";

type Listener = (value?: unknown) => void;

/** The part of a zlib stream the readers use: on, end(input), destroy. */
class InflateStream {
  private readonly listeners = new Map<string, Listener[]>();
  private destroyed = false;
  constructor(private readonly brotli = false) {}
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  destroy(): void {
    this.destroyed = true;
  }
  private emit(event: string, value?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(value);
  }
  end(input: Uint8Array): void {
    // Asynchronous like Node's streams: the caller's promise is set up before any event.
    queueMicrotask(() => this.run(input));
  }
  private run(input: Uint8Array): void {
    if (this.brotli) {
      this.emit("error", new Error("Brotli is not available in the browser"));
      return;
    }
    const inflate = new Inflate((chunk) => {
      if (!this.destroyed) this.emit("data", Buffer.from(chunk));
    });
    try {
      // Fed 512 bytes at a time (at most about 0.5 MB out, deflate's ratio being about 1:1032),
      // so a bomb is stopped near the cap instead of unpacked whole.
      const step = 512;
      for (let at = 0; at < input.length && !this.destroyed; at += step)
        inflate.push(input.subarray(at, at + step), at + step >= input.length);
      if (input.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      if (!this.destroyed) this.emit("error", error);
      return;
    }
    if (!this.destroyed) this.emit("end");
  }
}

/**
 * A raw-inflate stream.
 *
 * @param _options - Node's chunk size (the output comes in fflate's chunks)
 * @returns the stream
 */
export function createInflateRaw(_options: { chunkSize?: number } = {}): InflateStream {
  return new InflateStream();
}

/**
 * A Brotli stream that fails at once (see above).
 *
 * @param _options - Node's chunk size
 * @returns the stream
 */
export function createBrotliDecompress(_options: { chunkSize?: number } = {}): InflateStream {
  return new InflateStream(true);
}
