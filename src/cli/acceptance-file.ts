import { readFile } from "node:fs/promises";
import {
  type Acceptance,
  type AcceptedFinding,
  acceptanceSchema,
  acceptFindings,
  fingerprintFile,
} from "baocao";
import { UsageError } from "./args.js";
import { type Text, text } from "./i18n.js";
import { parseJsonFile } from "./schema-issues.js";
import type { AcceptanceNamer } from "./settings.js";
import { writeOutput } from "./write.js";

/** The acceptance file as read: its content (none yet) and what to tell about it. */
export interface ReadAcceptance {
  readonly acceptance: Acceptance | undefined;
  /** One line for standard error: the config names a file that is not there yet. */
  readonly notice: Text | undefined;
}

/**
 * Reads the acceptance file. A file that is not there is an empty one (nothing is accepted yet,
 * as ESLint reads a missing suppressions file), and when the config names it the run says so in
 * one notice: a project's config is committed before anyone has run `--accept`, so its file may
 * not exist yet, but a typo in its name must not pass unseen. A file `--acceptance-file` names
 * must exist unless the run `--accept`s (as ESLint and Stylelint refuse a missing
 * `--suppressions-location`): typed on the command line, a name that is not there is a typo.
 * A file that exists but cannot be read, is not JSON or does not fit the schema is refused.
 *
 * @param path - the file
 * @param options - who named it, and whether the run writes it
 * @returns the acceptance (undefined when there is none yet) and the notice to write, if any
 * @throws UsageError for a file that cannot be read, is not JSON or does not fit the schema
 */
export async function readAcceptance(
  path: string,
  options: { readonly named: AcceptanceNamer | undefined; readonly accept: boolean },
): Promise<ReadAcceptance> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === "ENOENT" && options.named !== "command line")
      return { acceptance: undefined, notice: missingNotice(path, options) };
    if (code === "ENOENT" && !options.accept)
      throw new UsageError(
        text(
          `không có tệp chấp nhận ${path}: hãy tạo bằng --accept, hoặc kiểm tra lại --acceptance-file`,
          `the acceptance file ${path} does not exist: create it with --accept, or check --acceptance-file`,
        ),
      );
    if (code === "ENOENT") return { acceptance: undefined, notice: undefined };
    throw new UsageError(
      text(
        `không đọc được tệp chấp nhận ${path} (${code})`,
        `cannot read the acceptance file ${path} (${code})`,
      ),
    );
  }
  // The library's own schema, checked here so that each problem is said in the run's language.
  const acceptance = parseJsonFile(path, raw, acceptanceSchema, "acceptance.schema.json");
  return { acceptance, notice: undefined };
}

/** What a run says of a missing acceptance file the config names (nothing for the default). */
function missingNotice(
  path: string,
  options: { readonly named: AcceptanceNamer | undefined; readonly accept: boolean },
): Text | undefined {
  if (options.named !== "config" || options.accept) return undefined;
  return text(
    `tệp chấp nhận ${path} (khóa acceptanceFile của tệp cấu hình) chưa có: chưa phát hiện nào được chấp nhận (--accept sẽ tạo tệp)`,
    `the acceptance file ${path} (the config's acceptanceFile) does not exist yet: no finding is accepted (--accept creates it)`,
  );
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
