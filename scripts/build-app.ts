// `npm run app`: builds the browser app (src/app) into one self-contained page, dist/app/index.html.
// esbuild bundles four scripts: the page's (main), the worker's, and mammoth's and PDF.js's, which
// the page puts in front of the worker's only when a Word or PDF file comes. The readers are the
// command line's own (src/cli/readers); the few Node modules they use are swapped for small
// browser modules (src/app/shims), and their optional packages come from the bundled scripts.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, build, type Plugin } from "esbuild";
import { appDocument } from "../src/app/document.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const at = (path: string) => resolve(root, path);

const SHIMS: Readonly<Record<string, string>> = {
  "node:buffer": at("src/app/shims/buffer.ts"),
  "node:zlib": at("src/app/shims/zlib.ts"),
  "node:crypto": at("src/app/shims/crypto.ts"),
};

/** Node modules to browser shims, the readers' optional loader to the app's, "baocao" to source. */
const browserModules: Plugin = {
  name: "baocao-app-modules",
  setup(b) {
    b.onResolve({ filter: /^node:(buffer|zlib|crypto)$/ }, (args) => ({
      path: SHIMS[args.path] as string,
    }));
    b.onResolve({ filter: /^\.\/optional\.js$/ }, (args) =>
      args.importer.includes(`${"src/cli/readers"}`)
        ? { path: at("src/app/optional.ts") }
        : undefined,
    );
    b.onResolve({ filter: /^baocao$/ }, () => ({ path: at("src/index.ts") }));
    b.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [{ text: `${args.path} has no browser shim (imported by ${args.importer})` }],
    }));
  },
};

const common: BuildOptions = {
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: "es2020",
  minify: true,
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  plugins: [browserModules],
  define: { "process.env.NODE_ENV": '"production"' },
};

async function bundle(entry: string, extra: BuildOptions = {}): Promise<string> {
  const out = await build({ ...common, ...extra, entryPoints: [at(entry)] });
  return out.outputFiles?.[0]?.text ?? "";
}

const started = performance.now();
const [main, worker, mammoth, unpdf] = await Promise.all([
  bundle("src/app/main.ts"),
  // The readers use Node's global Buffer: the `buffer` package stands in for it.
  bundle("src/app/worker.ts", { inject: [at("src/app/shims/buffer-global.ts")] }),
  bundle("src/app/packages/mammoth.ts", { inject: [at("src/app/shims/buffer-global.ts")] }),
  bundle("src/app/packages/unpdf.ts"),
]);
const page = appDocument({ main, worker, mammoth, unpdf });
const out = at("dist/app/index.html");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KiB`;
process.stderr.write(
  `dist/app/index.html: ${kb(page)} (page ${kb(main)}, worker ${kb(worker)}, mammoth ${kb(mammoth)}, PDF.js ${kb(unpdf)}) in ${Math.round(performance.now() - started)} ms\n`,
);
