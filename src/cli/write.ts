import { randomBytes } from "node:crypto";
import { rmSync, type Stats } from "node:fs";
import { chmod, type FileHandle, mkdir, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { OutputError } from "./errors.js";
import { type Text, text } from "./i18n.js";

/** Temporary files being written: removed if the process is interrupted before renaming them. */
const pending = new Set<string>();

/**
 * Removes the temporary files of outputs still being written (called on SIGINT and SIGTERM), so
 * an interrupted run leaves neither a half-written output nor a stray temporary file.
 */
export function removePendingOutputs(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/** What an errno means for a file that cannot be written, in a few words. */
const REASONS: Readonly<Record<string, Text>> = {
  ENOSPC: text("thiết bị hết chỗ trống", "no space left on the device"),
  EDQUOT: text("đã dùng hết hạn mức đĩa", "the disk quota is used up"),
  EFBIG: text(
    "tệp sẽ lớn hơn mức hệ thống hoặc giới hạn cho phép (ulimit -f)",
    "the file would be larger than this system or its limits allow (ulimit -f)",
  ),
  EACCES: text("không có quyền", "permission denied"),
  EPERM: text("không có quyền", "permission denied"),
  EROFS: text("hệ thống tệp chỉ cho đọc", "the file system is read-only"),
  ENOTDIR: text(
    "một phần của đường dẫn là tệp, không phải thư mục",
    "a part of the path is a file, not a folder",
  ),
  EEXIST: text(
    "một phần của đường dẫn là tệp, không phải thư mục",
    "a part of the path is a file, not a folder",
  ),
  EISDIR: text("đó là một thư mục", "it is a folder"),
  ENOENT: text("thư mục không tồn tại", "the folder does not exist"),
  ENAMETOOLONG: text("tên quá dài", "the name is too long"),
  EIO: text("lỗi vào/ra trên thiết bị", "an input/output error on the device"),
};

/**
 * A one-line reason for an error writing a file.
 *
 * @param error - what the file system threw
 * @returns the reason and the error's code ("no space left on the device (ENOSPC)")
 */
export function writeFailure(error: unknown): Text {
  const e = error as NodeJS.ErrnoException;
  const code = typeof e?.code === "string" ? e.code : undefined;
  const reason = code ? REASONS[code] : undefined;
  if (reason && code) return text(`${reason.vi} (${code})`, `${reason.en} (${code})`);
  const other = code ?? (error instanceof Error ? error.message : String(error));
  return text(other, other);
}

/**
 * Where an existing file lives, as a key that two names of one file share (hard links, symbolic
 * links, "./a" and "a"): its device and inode.
 *
 * @param info - the file's stat
 * @returns "device:inode"
 */
export function fileIdentity(info: Pick<Stats, "dev" | "ino">): string {
  return `${info.dev}:${info.ino}`;
}

/**
 * Refuses to write onto an input: each output path that exists is compared, by device and inode
 * (not by name), with every input.
 *
 * @param outputs - the paths about to be written
 * @param inputs - each input's identity ({@link fileIdentity}) and name
 * @throws OutputError naming the output and the input it would destroy
 */
export async function refuseOutputsOntoInputs(
  outputs: readonly string[],
  inputs: ReadonlyMap<string, string>,
): Promise<void> {
  if (inputs.size === 0) return;
  for (const out of outputs) {
    const info = await stat(out).catch(() => undefined);
    const input = info && inputs.get(fileIdentity(info));
    if (input !== undefined)
      throw new OutputError(
        text(
          `--out ${out} là chính tệp ${input === "standard input" ? "đầu vào chuẩn" : `đầu vào ${input}`}: ghi vào đó sẽ xóa mất nó (hãy chọn tệp khác)`,
          `--out ${out} is the same file as ${input === "standard input" ? input : `the input ${input}`}: writing there would destroy it (choose another file)`,
        ),
      );
  }
}

/**
 * Writes an output file so that it is never left half-written: the text goes to a temporary file
 * in the same folder, flushed to disk, then renamed over the target, so the target holds either
 * its old content or the whole new one. Missing parent folders are created. A symbolic link is
 * written through (its target is replaced); a device or a named pipe (`/dev/stdout`, a FIFO) is
 * written directly, as it cannot be replaced.
 *
 * @param path - the file to write
 * @param content - its new content
 * @throws OutputError with one line naming the file and the problem (a folder, a full disk…)
 */
export async function writeOutput(path: string, content: string): Promise<void> {
  let info: Stats | undefined;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw cannotWrite(path, error);
  }
  if (info?.isDirectory())
    throw new OutputError(
      text(
        `không ghi được ${path}: đó là một thư mục (hãy cho tên tệp)`,
        `cannot write ${path}: it is a folder (give a file name)`,
      ),
    );
  if (info && !info.isFile()) return writeDirect(path, content);
  const target = info ? await realpath(path) : path;
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw cannotWrite(path, error);
  }
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  pending.add(temp);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, "wx");
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // An existing file keeps its permissions.
    if (info) await chmod(temp, info.mode & 0o7777);
    await rename(temp, target);
    pending.delete(temp);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    pending.delete(temp);
    throw cannotWrite(path, error);
  }
}

async function writeDirect(path: string, content: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, "w");
    await handle.writeFile(content);
  } catch (error) {
    throw cannotWrite(path, error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function cannotWrite(path: string, error: unknown): OutputError {
  const why = writeFailure(error);
  return new OutputError(
    text(`không ghi được ${path}: ${why.vi}`, `cannot write ${path}: ${why.en}`),
  );
}
