import { describe, expect, it } from "vitest";
import { createProgress, progressLine, shouldShowProgress } from "../../src/cli/progress.js";

const terminal = {
  stderrIsTTY: true,
  stdoutIsTTY: true,
  toFile: false,
  env: { TERM: "xterm-256color" },
  files: 40,
};

describe("shouldShowProgress", () => {
  it("draws for a person at a terminal auditing several files", () => {
    expect(shouldShowProgress(terminal)).toBe(true);
    expect(shouldShowProgress({ ...terminal, stdoutIsTTY: false, toFile: true })).toBe(true);
  });

  it("stays silent in CI, on a dumb terminal, when piped, or for one file", () => {
    expect(shouldShowProgress({ ...terminal, env: { CI: "true" } })).toBe(false);
    expect(shouldShowProgress({ ...terminal, env: { CI: "1" } })).toBe(false);
    expect(shouldShowProgress({ ...terminal, env: { CI: "false" } })).toBe(true);
    expect(shouldShowProgress({ ...terminal, env: { TERM: "dumb" } })).toBe(false);
    expect(shouldShowProgress({ ...terminal, stderrIsTTY: false })).toBe(false);
    expect(shouldShowProgress({ ...terminal, stdoutIsTTY: false })).toBe(false);
    expect(shouldShowProgress({ ...terminal, files: 1 })).toBe(false);
  });
});

describe("createProgress", () => {
  it("redraws at most once per interval, always for the last file, and erases itself", () => {
    const written: string[] = [];
    let clock = 0;
    const bar = createProgress({ write: (t) => written.push(t), now: () => clock, interval: 100 });
    bar.update(1, 4, "a.txt");
    clock = 50;
    bar.update(2, 4, "b.txt");
    clock = 150;
    bar.update(3, 4, "c.txt");
    clock = 160;
    bar.update(4, 4, "d.txt");
    expect(written).toHaveLength(3);
    expect(written[0]).toContain("1/4");
    expect(written[1]).toContain("3/4");
    expect(written[2]).toContain("4/4");
    expect(written[2]).toContain("100%");
    bar.finish();
    expect(written.at(-1)).toBe("\r\u001b[K");
  });

  it("writes nothing on finish when it never drew", () => {
    const written: string[] = [];
    createProgress({ write: (t) => written.push(t) }).finish();
    expect(written).toEqual([]);
  });
});

describe("progressLine", () => {
  it("fits the terminal, cutting the file name from the left", () => {
    const line = progressLine(412, 1000, "bao-cao/huyen-dong-son-ha/thang-9.txt", 50);
    expect(line.length).toBeLessThanOrEqual(50);
    expect(line).toContain(" 412/1000");
    expect(line).toContain(" 41%");
    expect(line).toContain("…");
    expect(line.endsWith("…hang-9.txt")).toBe(true);
    expect(line).toHaveLength(50);
  });

  it("fills the bar in proportion", () => {
    expect(progressLine(0, 10, "x", 80)).toContain("[....................]");
    expect(progressLine(5, 10, "x", 80)).toContain("[##########..........]");
    expect(progressLine(10, 10, "x", 80)).toContain("[####################]");
  });
});
