import { readFile } from "node:fs/promises";
import {
  type Acceptance,
  type AcceptedFinding,
  acceptFindings,
  fingerprintFile,
  safeParseAcceptance,
} from "baocao";
import { UsageError } from "./args.js";
import { text } from "./i18n.js";
import { writeOutput } from "./write.js";

/**
 * Reads the acceptance file. A file that is not there is an empty one, unless it was named
 * (`--acceptance-file`, the config's `acceptanceFile`) and the run does not `--accept`: a typo
 * in its name must not silently show every accepted finding again.
 *
 * @param path - the file
 * @param options - whether it was named, and whether the run writes it
 * @returns the acceptance, or undefined when there is none yet
 * @throws UsageError for a file that cannot be read, is not JSON or does not fit the schema
 */
export async function readAcceptance(
  path: string,
  options: { readonly named: boolean; readonly accept: boolean },
): Promise<Acceptance | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === "ENOENT" && (!options.named || options.accept)) return undefined;
    throw new UsageError(
      text(
        `không đọc được tệp chấp nhận ${path} (${code})`,
        `cannot read the acceptance file ${path} (${code})`,
      ),
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\ufeff/, ""));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      text(`${path}: không phải JSON hợp lệ (${why})`, `${path}: not valid JSON (${why})`),
    );
  }
  const parsed = safeParseAcceptance(data);
  if (!parsed.ok) {
    const why = parsed.error.message.replace(
      /^The acceptance file does not match its schema: /,
      "",
    );
    throw new UsageError(
      text(
        `${path} không đúng lược đồ (baocao/acceptance.schema.json): ${why}`,
        `${path} does not fit its schema (baocao/acceptance.schema.json): ${why}`,
      ),
    );
  }
  return parsed.value;
}

/**
 * The accepted entries by file key, for handing each file its own.
 *
 * @param acceptance - the acceptance file, or undefined
 * @returns entries by key
 */
export function entriesByFile(
  acceptance: Acceptance | undefined,
): ReadonlyMap<string, readonly AcceptedFinding[]> {
  const byFile = new Map<string, AcceptedFinding[]>();
  for (const entry of acceptance?.accepted ?? []) {
    const key = fingerprintFile(entry.file);
    const list = byFile.get(key) ?? [];
    list.push(entry);
    byFile.set(key, list);
  }
  return byFile;
}

/**
 * Writes the acceptance file for `--accept` (whole or not at all): the audited files' entries
 * replaced by their current findings, every other file's kept.
 *
 * @param path - the file
 * @param previous - the file as it was
 * @param files - the keys of the files audited
 * @param entries - an entry per current finding of those files
 * @returns the number of findings accepted
 */
export async function writeAcceptance(
  path: string,
  previous: Acceptance | undefined,
  files: readonly string[],
  entries: readonly AcceptedFinding[],
): Promise<number> {
  const next = acceptFindings(previous, files, entries);
  const withSchema = { $schema: "https://unpkg.com/baocao/acceptance.schema.json", ...next };
  await writeOutput(path, `${JSON.stringify(withSchema, null, 2)}\n`);
  return entries.length;
}
