import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "./args.js";
import { type Config, configSchema } from "./config-schema.js";
import { text } from "./i18n.js";
import { parseJsonFile } from "./schema-issues.js";

/** The config file's name, looked for from the working directory upwards. */
export const CONFIG_FILE = "baocao.config.json";

/** A config file read: its content and where it is (paths in it are relative to its folder). */
export interface LoadedConfig {
  readonly config: Config;
  /** The file's path, or undefined when none was found (the empty config). */
  readonly path: string | undefined;
}

/**
 * Finds `baocao.config.json` in the working directory or the nearest folder above it that has
 * one, as ESLint and Prettier find theirs.
 *
 * @param cwd - the working directory
 * @returns the file's path, or undefined when no folder up to the root has one
 */
export async function findConfig(cwd: string): Promise<string | undefined> {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads the config: the file `--config` names, or the one found from the working directory up,
 * or none (`--no-config`, or no file found). A file that cannot be read, is not JSON or does not
 * fit the schema is a usage error naming every problem with its path.
 *
 * @param given - `--config PATH`, false for `--no-config`, undefined to search
 * @param cwd - the working directory
 * @returns the config and its path
 * @throws UsageError for a config that cannot be used
 */
export async function loadConfig(
  given: string | false | undefined,
  cwd: string,
): Promise<LoadedConfig> {
  if (given === false) return { config: {}, path: undefined };
  const path = given === undefined ? await findConfig(cwd) : resolve(cwd, given);
  if (path === undefined) return { config: {}, path: undefined };
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(
      text(
        `không đọc được tệp cấu hình ${path} (${code})`,
        `cannot read the config ${path} (${code})`,
      ),
    );
  }
  const config: Config = parseJsonFile(path, raw, configSchema, "config.schema.json");
  return { config, path };
}
