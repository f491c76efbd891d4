// The app's stand-in for node:zlib (over fflate) gives the unpacked-size checks what Node's zlib
// gives them: the same bytes, the same count, stopped at the cap, and a failure for bad data.
import { createInflateRaw, deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createInflateRaw as shimInflateRaw } from "../../src/app/shims/zlib.js";
import { CHUNK, pump } from "../../src/cli/readers/unpacked.js";

type Stream = ReturnType<typeof createInflateRaw>;
const shim = () => shimInflateRaw(CHUNK) as unknown as Stream;

describe("the app's raw inflate", () => {
  it("unpacks what Node unpacks, whatever the data", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200_000 }), async (data) => {
        const packed = deflateRawSync(data);
        const ours = await pump(shim(), packed, 1e9, true);
        const node = await pump(createInflateRaw(CHUNK), packed, 1e9, true);
        expect(ours.size).toBe(data.length);
        expect(ours.over).toBe(false);
        expect(Buffer.compare(ours.output ?? Buffer.alloc(0), node.output ?? Buffer.alloc(0))).toBe(
          0,
        );
      }),
      { numRuns: 30 },
    );
  });

  it("stops past the cap without unpacking a bomb whole", async () => {
    const bomb = deflateRawSync(Buffer.alloc(50_000_000));
    const result = await pump(shim(), bomb, 1_000_000, false);
    expect(result.over).toBe(true);
    expect(result.size).toBeLessThan(2_000_000);
  });

  it("fails on data that is not deflate", async () => {
    const result = await pump(shim(), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00]), 1e6, false);
    expect(result.failed).toBe(true);
  });
});
