import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { createLineIndex, FINGERPRINT_VERSION, type Severity } from "baocao";
import { findingCodes } from "./codes.js";
import { indentedJson } from "./format-json.js";
import type { Lang } from "./i18n.js";
import type { FailedFile } from "./output.js";
import { formatOrigin } from "./readers/index.js";
import type { ReviewedFile } from "./review.js";
import { VERSION } from "./version.js";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = {
  error: "error",
  warning: "warning",
  info: "note",
};

/** The package's page: the one address the project publishes. */
const HOME = "https://www.npmjs.com/package/baocao";
/** The key of a result's fingerprint in `partialFingerprints`, versioned with the recipe. */
const FINGERPRINT_KEY = `baocao/v${FINGERPRINT_VERSION}`;

/**
 * A file's name as a SARIF artifact URI: relative to the working directory with `/` (as code
 * scanning resolves it against the checkout), percent-encoded; a file outside it as a file: URI.
 *
 * @param file - the path as given or found
 * @param cwd - the working directory
 * @returns the URI
 */
export function artifactUri(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel.startsWith("..") || isAbsolute(rel)) return pathToFileURL(file).href;
  const parts = rel.split(sep === "/" ? "/" : /[\\/]/).filter((p) => p !== "" && p !== ".");
  return parts.map((p) => encodeURIComponent(p)).join("/");
}

/**
 * One file's SARIF results: each listed finding with its rule (the code), level, message, place
 * (line, column, end and snippet for a text file; for Word and PDF the paragraph or page in the
 * message, as lines of the extracted text would point nowhere in the binary file), its
 * fingerprint (`partialFingerprints["baocao/v1"]`), and, when an accepted finding is listed, a
 * suppression of kind `external`.
 *
 * @param f - the reviewed file
 * @param lang - language of the messages
 * @param cwd - the working directory, for the URIs
 * @returns the results, as plain data
 */
export function sarifResults(f: ReviewedFile, lang: Lang, cwd: string): unknown[] {
  const uri = artifactUri(f.file, cwd);
  const index = f.text === undefined ? undefined : createLineIndex(f.text);
  return f.result.findings.map((x, i) => {
    const origin = f.origins?.[i] ?? null;
    const inText = origin === null || origin.kind === "text";
    const place = inText || !origin ? "" : ` (${formatOrigin(origin, lang)})`;
    const end = x.span && index ? index.position(x.span.end) : undefined;
    const region =
      x.span && inText
        ? {
            startLine: x.span.line,
            startColumn: x.span.column,
            ...(end ? { endLine: end.line, endColumn: end.column } : {}),
            snippet: { text: x.span.excerpt },
          }
        : undefined;
    return {
      ruleId: x.code,
      level: LEVEL[x.severity],
      message: { text: `${x.message[lang]}${place}` },
      locations: [
        { physicalLocation: { artifactLocation: { uri }, ...(region ? { region } : {}) } },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprints[i] ?? "" },
      ...(f.acceptedFlags[i] ? { suppressions: [{ kind: "external", status: "accepted" }] } : {}),
      ...(origin && !inText ? { properties: { origin } } : {}),
    };
  });
}

/**
 * One file's part of the SARIF output: its results as JSON, indented as elements of
 * `runs[0].results`, without brackets (empty when the file has none).
 *
 * @param f - the reviewed file
 * @param lang - language
 * @param cwd - the working directory
 * @returns the JSON text of the results, joined by commas
 */
export function sarifPart(f: ReviewedFile, lang: Lang, cwd: string): string {
  return sarifResults(f, lang, cwd)
    .map((r) => indentedJson(r, 4))
    .join(",\n");
}

const RESULTS = "@@baocao-results@@";

/**
 * The whole SARIF 2.1.0 log of a run: one run of the tool `baocao`, a rule per code listed (its
 * description from the code tables and its usual level), every file's results, and the files that
 * could not be read as notifications of the invocation (which then did not succeed). Codes are
 * described in docs/finding-codes.md.
 *
 * @param parts - each file's results ({@link sarifPart}), in input order
 * @param codes - the codes of the results, for the rules
 * @param failures - the files that could not be read
 * @param lang - language
 * @param cwd - the working directory, for the URIs
 * @returns the SARIF JSON text with a final line break
 */
export function joinSarif(
  parts: readonly string[],
  codes: ReadonlySet<string>,
  failures: readonly FailedFile[],
  lang: Lang,
  cwd: string,
): string {
  const known = findingCodes();
  const rules = [...codes].sort().map((id) => {
    const info = known.get(id);
    return {
      id,
      ...(info ? { shortDescription: { text: info.description[lang] } } : {}),
      ...(info ? { defaultConfiguration: { level: LEVEL[info.severity] } } : {}),
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "baocao",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOME,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((f) => ({
              level: "error",
              message: { text: f.reason[lang] },
              descriptor: { id: f.code },
              locations: [
                { physicalLocation: { artifactLocation: { uri: artifactUri(f.file, cwd) } } },
              ],
            })),
          },
        ],
        columnKind: "utf16CodeUnits",
        results: [RESULTS],
      },
    ],
  };
  const text = JSON.stringify(log, null, 2);
  const filled = parts.filter((p) => p !== "");
  const results = filled.length === 0 ? "[]" : `[\n${filled.join(",\n")}\n      ]`;
  return `${text.replace(`[\n        "${RESULTS}"\n      ]`, results)}\n`;
}
