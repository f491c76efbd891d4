import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeIssues } from "../../src/cli/schema-issues.js";

/** What a schema says of some data, in both languages. */
function said(schema: z.ZodType, data: unknown) {
  const parsed = schema.safeParse(data);
  if (parsed.success) throw new Error("the data was expected not to fit");
  return describeIssues(parsed.error.issues, data);
}

describe("describeIssues", () => {
  it("says too long, too many and too big with the bound, in each language", () => {
    const schema = z.strictObject({
      name: z.string().max(3),
      tags: z.array(z.string()).max(1),
      share: z.number().lt(100),
      words: z.string().min(2),
    });
    expect(said(schema, { name: "abcd", tags: ["a", "b"], share: 100, words: "a" })).toEqual({
      en: "name: must have at most 3 characters; tags: must have at most 1 item; share: must be less than 100 (got 100); words: must have at least 2 characters",
      vi: "name: nhiều nhất 3 ký tự; tags: nhiều nhất 1 phần tử; share: phải nhỏ hơn 100 (nhận được 100); words: cần ít nhất 2 ký tự",
    });
  });

  it("never passes zod's English words into the Vietnamese line", () => {
    const schema = z.strictObject({ a: z.enum(["x", "y"]), b: z.boolean(), c: z.number().int() });
    const { vi } = said(schema, { a: "z", b: 1, c: 1.5, d: null });
    expect(vi).toBe(
      'a: phải là một trong x, y (nhận được "z"); b: cần true hoặc false (nhận được 1); c: cần số nguyên (nhận được 1.5); (gốc): khóa không có trong lược đồ: d',
    );
    expect(vi).not.toMatch(/Invalid|Unrecognized|expected|received|Too /);
  });
});
