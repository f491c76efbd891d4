import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { report } from "./consumer/report.js";

// The packed package in other people's projects: a program (consumer/report.ts) compiled with
// this project's TypeScript under each module resolution a Node or bundler user may choose, our
// declarations checked as well as the program (consumer/compile.mjs), then run with node. Needs
// the build and the packed tarball (package-setup.ts): run by `npm run test:built`, in `npm test`.
const enabled = process.env.BAOCAO_BUILT_TESTS === "1";
const PROGRAM = fileURLToPath(new URL("./consumer/", import.meta.url));
const COMPILE = join(PROGRAM, "compile.mjs");

interface Consumer {
  readonly folder: string;
  /** The consumer's package.json "type": how node and TypeScript read its .js files. */
  readonly type: "module" | "commonjs";
  readonly module: string;
  readonly moduleResolution: string;
}

const CONSUMERS: readonly Consumer[] = [
  { folder: "node16-esm", type: "module", module: "node16", moduleResolution: "node16" },
  { folder: "node16-cjs", type: "commonjs", module: "node16", moduleResolution: "node16" },
  { folder: "nodenext-esm", type: "module", module: "nodenext", moduleResolution: "nodenext" },
  { folder: "nodenext-cjs", type: "commonjs", module: "nodenext", moduleResolution: "nodenext" },
  { folder: "bundler", type: "module", module: "esnext", moduleResolution: "bundler" },
];

interface Run {
  readonly code: number | null;
  readonly output: string;
}

/** Runs a command without blocking, so the five compilations share the machine's cores. */
function run(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

function writeConsumer(dir: string, consumer: Consumer): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: consumer.type }));
  const compilerOptions = {
    strict: true,
    module: consumer.module,
    moduleResolution: consumer.moduleResolution,
    target: "es2022",
    // The DOM's types, as a browser project has them: zod's declarations name URL.
    lib: ["es2022", "dom"],
    types: [],
    skipLibCheck: false,
    noEmitOnError: true,
    rootDir: ".",
    outDir: "out",
  };
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions, files: ["main.ts", "report.ts"] }),
  );
  for (const file of ["main.ts", "report.ts"]) copyFileSync(join(PROGRAM, file), join(dir, file));
}

describe.runIf(enabled)("the packed package in a consumer project", () => {
  const compiled = new Map<string, Run>();
  let packageDir = "";

  beforeAll(async () => {
    packageDir = inject("packageDir");
    const runs = CONSUMERS.map(async (consumer) => {
      const dir = join(packageDir, consumer.folder);
      writeConsumer(dir, consumer);
      compiled.set(consumer.folder, await run([COMPILE], dir));
    });
    await Promise.all(runs);
  });

  it.each(CONSUMERS)(
    "type-checks and runs under moduleResolution $moduleResolution ($folder)",
    (consumer) => {
      expect(compiled.get(consumer.folder)).toEqual({ code: 0, output: "" });
      const ran = spawnSync(process.execPath, ["out/main.js"], {
        cwd: join(packageDir, consumer.folder),
        encoding: "utf8",
      });
      expect(ran.stderr).toBe("");
      const expected = report();
      expect(expected.isDecimal).toBe(true);
      expect(JSON.parse(ran.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    },
  );
});
