import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { auditJson, lines, run } from "./run-cli.js";

// A bug in the auditor, on one report only: the seam is the library's auditText, as the CLI
// imports it. The marker word stands for whatever text the bug would need.
vi.mock("baocao", async (importOriginal) => {
  const library = await importOriginal<typeof import("baocao")>();
  return {
    ...library,
    auditText: (text: string, options?: Parameters<typeof library.auditText>[1]) => {
      if (text.includes("SỰCỐ")) throw new RangeError("Maximum call stack size exceeded");
      return library.auditText(text, options);
    },
  };
});

describe("a report that makes the auditor throw", () => {
  const dir = mkdtempSync(join(tmpdir(), "baocao-throws-"));
  writeFileSync(join(dir, "a.txt"), "Xã đã giải quyết 47/52 đơn (đạt 91,4%).\n");
  writeFileSync(join(dir, "b.txt"), "SỰCỐ: 10/20 (50%).\n");
  writeFileSync(join(dir, "c.txt"), "Xã đã giải quyết 47/52 đơn (đạt 90,4%).\n");

  it("is that file's entry (AUDIT_FAILED); the others are audited; exit 2", async () => {
    const { code, stdout, stderr } = await run(["audit", dir, "--format", "json"]);
    expect(code).toBe(2);
    const { files } = auditJson(stdout);
    expect(files).toHaveLength(3);
    expect(files[0]?.stats).toMatchObject({ error: 1 });
    expect(files[1]?.error).toEqual({
      code: "AUDIT_FAILED",
      message: "internal error: Maximum call stack size exceeded (please report it with the file)",
    });
    expect(files[2]?.stats).toMatchObject({ error: 0, claims: 1 });
    expect(lines(stderr)).toEqual([
      `baocao: ${join(dir, "b.txt")}: internal error: Maximum call stack size exceeded (please report it with the file)`,
    ]);
  });
});
