// Starting the worker from the scripts the page carries as inert text: the worker's own, and the
// Word and PDF packages' only when a file of theirs is in the batch. A blob: URL is the one way
// to start a worker from a page opened from disk (Chromium gives file:// an opaque origin), and
// the page's content security policy allows workers from blob: URLs only.

/** The scripts the page carries, by the id of their element. */
const SCRIPTS = { worker: "app-worker", mammoth: "app-mammoth", unpdf: "app-unpdf" } as const;

/** A package a batch needs in its worker. */
export type Package = "mammoth" | "unpdf";

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * The packages a batch of files needs, told by content as the readers tell formats (a zip for
 * Word, "%PDF-" in the first kilobyte for PDF) and by name.
 *
 * @param files - the batch
 * @returns the packages to load
 */
export function packagesFor(files: readonly { name: string; bytes: Uint8Array }[]): Set<Package> {
  const needed = new Set<Package>();
  for (const { name, bytes } of files) {
    const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
    if (ext === "docx" || (bytes[0] === 0x50 && bytes[1] === 0x4b)) needed.add("mammoth");
    const head = bytes.subarray(0, 1024);
    const pdf = head.findIndex((_, i) => PDF.every((b, k) => head[i + k] === b)) >= 0;
    if (ext === "pdf" || pdf) needed.add("unpdf");
  }
  return needed;
}

/**
 * Starts a worker with the packages asked for in front of the worker's own script.
 *
 * @param packages - the packages to load
 * @returns the worker, and a function that stops it and frees its script
 */
export function startWorker(packages: ReadonlySet<Package>): {
  worker: Worker;
  stop: () => void;
} {
  const text = (id: string) => document.getElementById(id)?.textContent ?? "";
  const parts = [...packages].map((p) => text(SCRIPTS[p]));
  parts.push(text(SCRIPTS.worker));
  const url = URL.createObjectURL(new Blob([parts.join("\n;\n")], { type: "text/javascript" }));
  const worker = new Worker(url);
  return {
    worker,
    stop: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}
