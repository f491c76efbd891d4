import type { Severity } from "baocao";
import type { FailOn } from "./args.js";
import { SEVERITY_LABEL } from "./format-text.js";
import type { Lang } from "./i18n.js";
import type { FailedFile } from "./output.js";
import { type ReviewedFile, reaches } from "./review.js";

// Characters XML 1.0 cannot hold at all, even escaped: C0 controls but tab and line breaks,
// U+FFFE/U+FFFF, and halves of surrogate pairs standing alone.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for an XML attribute or element: the five special characters as entities, line breaks in
 * attributes as character references, and what XML cannot hold shown as an escape (`\x1b`).
 *
 * @param text - any text
 * @returns text safe inside an element or a double-quoted attribute
 */
export function xml(text: string): string {
  return text
    .replace(NOT_XML, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** What a file adds to the JUnit totals. */
export interface JunitCounts {
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
}

/**
 * One file as a JUnit `<testsuite>`: a test case per listed finding, failed when its severity
 * reaches `--fail-on` (so CI dashboards and the exit status agree), passed with the message in
 * `<system-out>` otherwise; a file without findings is one passing case.
 *
 * @param f - the reviewed file
 * @param lang - language of the messages
 * @param failOn - the severity that fails the run
 * @returns the XML and the counts
 */
export function junitSuite(
  f: ReviewedFile,
  lang: Lang,
  failOn: FailOn,
): { readonly xml: string; readonly counts: JunitCounts } {
  const fails = (severity: Severity) =>
    reaches({ ...f.counts, error: 0, warning: 0, info: 0, [severity]: 1 }, failOn);
  const cases = f.result.findings.map((x) => {
    const where = x.span ? `${x.span.line}:${x.span.column}` : "";
    const name = `${where ? `${where} ` : ""}${x.code}`;
    const body = `${SEVERITY_LABEL[lang][x.severity]} ${x.code}: ${x.message[lang]}${x.span ? `\n« ${x.span.excerpt} »\n${f.file}:${where}` : ""}`;
    const failed = fails(x.severity);
    const inner = failed
      ? `<failure type="${xml(x.code)}" message="${xml(x.message[lang])}">${xml(body)}</failure>`
      : `<system-out>${xml(body)}</system-out>`;
    return {
      failed,
      xml: `    <testcase classname="${xml(f.key)}" name="${xml(name)}">${inner}</testcase>`,
    };
  });
  const all =
    cases.length > 0
      ? cases
      : [{ failed: false, xml: `    <testcase classname="${xml(f.key)}" name="${xml(f.key)}"/>` }];
  const failures = all.filter((c) => c.failed).length;
  return {
    xml: `  <testsuite name="${xml(f.file)}" tests="${all.length}" failures="${failures}" errors="0" skipped="0">\n${all.map((c) => c.xml).join("\n")}\n  </testsuite>`,
    counts: { tests: all.length, failures, errors: 0 },
  };
}

/**
 * A file that could not be read, as a `<testsuite>` with one case in error.
 *
 * @param failed - the file and the reason
 * @param lang - language
 * @returns the XML and the counts
 */
export function junitFailure(
  failed: FailedFile,
  lang: Lang,
): { readonly xml: string; readonly counts: JunitCounts } {
  const reason = failed.reason[lang];
  return {
    xml: `  <testsuite name="${xml(failed.file)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="${xml(failed.key)}" name="${xml(failed.key)}"><error type="${xml(failed.code)}" message="${xml(reason)}">${xml(reason)}</error></testcase>\n  </testsuite>`,
    counts: { tests: 1, failures: 0, errors: 1 },
  };
}

/**
 * The whole JUnit XML of a run: `<testsuites>` with the totals around every file's suite.
 *
 * @param suites - each file's suite and counts, in input order
 * @returns the XML document with a final line break
 */
export function joinJunit(suites: readonly { xml: string; counts: JunitCounts }[]): string {
  const sum = (key: keyof JunitCounts) => suites.reduce((n, s) => n + s.counts[key], 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="baocao" tests="${sum("tests")}" failures="${sum("failures")}" errors="${sum("errors")}">\n${suites.map((s) => `${s.xml}\n`).join("")}</testsuites>\n`;
}
