import { isAbsolute, relative, sep } from "node:path";
import type { Severity } from "baocao";
import type { Lang } from "./i18n.js";
import type { FailedFile } from "./output.js";
import { formatOrigin } from "./readers/index.js";
import type { ReviewedFile } from "./review.js";
import { visible } from "./visible.js";

const COMMAND: Readonly<Record<Severity, string>> = {
  error: "error",
  warning: "warning",
  info: "notice",
};

/**
 * A workflow command's message, escaped as GitHub's own toolkit escapes it (`%`, CR and LF), after
 * its control characters are written out (see {@link visible}) so a report cannot issue commands.
 *
 * @param text - the message
 * @returns the escaped message
 */
export function escapeData(text: string): string {
  return visible(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/**
 * A workflow command's property value (`file=…`, `title=…`): as {@link escapeData}, and `:` and
 * `,`, which end a property.
 *
 * @param text - the value
 * @returns the escaped value
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * A path as GitHub annotates it: relative to the workspace (the checkout), with `/`.
 *
 * @param file - the path as given or found
 * @param base - GITHUB_WORKSPACE, or the working directory
 * @param cwd - the working directory
 * @returns the path for `file=`
 */
export function annotationPath(file: string, base: string, cwd: string): string {
  const absolute = isAbsolute(file) ? file : `${cwd}${sep}${file}`;
  const rel = relative(base, absolute);
  return (rel.startsWith("..") || isAbsolute(rel) ? file : rel).split(sep).join("/");
}

/**
 * One file's GitHub Actions annotations, one workflow command per listed finding, as linters write
 * them: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message « excerpt »`
 * (`warning`, and `notice` for info). Lines and columns only for a text file; for Word and PDF the
 * paragraph or page goes in the message.
 *
 * @param f - the reviewed file
 * @param lang - language
 * @param path - the file's path for `file=` ({@link annotationPath})
 * @returns the lines, each ending in a line break
 */
export function githubAnnotations(f: ReviewedFile, lang: Lang, path: string): string {
  return f.result.findings
    .map((x, i) => {
      const origin = f.origins?.[i] ?? null;
      const inText = origin === null || origin.kind === "text";
      const props = [`file=${escapeProperty(path)}`];
      if (x.span && inText) props.push(`line=${x.span.line}`, `col=${x.span.column}`);
      props.push(`title=${escapeProperty(x.code)}`);
      const place = !inText && origin ? ` (${formatOrigin(origin, lang)})` : "";
      const excerpt = x.span ? ` « ${x.span.excerpt.replace(/\s+/g, " ").trim()} »` : "";
      return `::${COMMAND[x.severity]} ${props.join(",")}::${escapeData(`${x.message[lang]}${place}${excerpt}`)}\n`;
    })
    .join("");
}

/**
 * The annotation of a file that could not be read: an error on the file.
 *
 * @param failed - the file and the reason
 * @param lang - language
 * @param path - the file's path for `file=`
 * @returns the line
 */
export function githubFailure(failed: FailedFile, lang: Lang, path: string): string {
  const notRead = lang === "vi" ? "không đọc được" : "not read";
  return `::error file=${escapeProperty(path)},title=${escapeProperty(failed.code)}::${escapeData(`${notRead}: ${failed.reason[lang]}`)}\n`;
}
