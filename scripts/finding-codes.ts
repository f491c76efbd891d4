// Generates docs/finding-codes.md from the code tables the modules export, so the list of
// codes can never drift from the code (tests/docs/finding-codes.test.ts regenerates it and
// compares). Run after changing a code table:
//   npx tsx scripts/finding-codes.ts --write      (or: npx tsx scripts/finding-codes.ts > docs/finding-codes.md)
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CALCULATOR_CODES } from "../src/calculators/codes.js";
import { READER_CODES } from "../src/cli/readers/codes.js";
import { DATE_CODES } from "../src/dates/codes.js";
import { ENCODING_CODES } from "../src/encodings/codes.js";
import { FINDING_CODES } from "../src/findings/codes.js";
import { INDICATOR_CODES } from "../src/indicators/codes.js";
import { QUANTITY_CODES } from "../src/quantities/codes.js";
import { REFERENCE_CODES } from "../src/references/codes.js";
import { UNIT_CODES } from "../src/units/codes.js";

/** One row of a module's code table; a table without severities lists errors that are raised. */
interface CodeRow {
  readonly severity?: string;
  readonly en: string;
  readonly vi: string;
}

/** A module whose codes the page lists, with the prose that says where its codes come from. */
export interface CodeModule {
  /** Folder name under src/, also the section heading. */
  readonly name: string;
  /** The exported constant holding the table. */
  readonly constant: string;
  readonly table: Readonly<Record<string, CodeRow>>;
  /** Where the table comes from, when not from the library's entry `baocao`. */
  readonly exportedFrom?: string;
  /** The module's own page, relative to docs/, when it has one. */
  readonly page?: string;
  /** Where the codes come from. Every code named in backquotes must be in `table`. */
  readonly about: string;
}

/**
 * The modules, in the order a report is read: figures, citations, dates, units, the text's
 * encoding, arithmetic, indicators, and last the command line's file readers.
 */
export const CODE_MODULES: readonly CodeModule[] = [
  {
    name: "quantities",
    constant: "QUANTITY_CODES",
    table: QUANTITY_CODES,
    page: "quantities.md",
    about:
      "Errors of `parseNumber`, `parsePercent` and `parseQuantity` (thrown as a `BaocaoError`, returned by their `safeParseX` twins). The two warnings, `NUMBER_AMBIGUOUS` and `NUMBER_DOT_DECIMAL`, are the `ambiguity.code` of a figure that was read all the same; `safeParseNumber(text, { rejectAmbiguous: true })` refuses an ambiguous numeral with `NUMBER_AMBIGUOUS` instead. The scanner `findNumbers` never fails: it skips what is not a numeral.",
  },
  {
    name: "references",
    constant: "REFERENCE_CODES",
    table: REFERENCE_CODES,
    page: "references.md",
    about:
      "`REF_EMPTY` and `REF_UNKNOWN_SHAPE` are thrown by `parseDocumentRef`. The other codes are findings: the form of a citation (`REF_SPACING`, `REF_SLASH_LOST`, …) from `findDocumentRefs` and `scanDocumentRefs`, and its dates (`REF_DATES_DIFFER`, `REF_DATE_CONTRADICTS_REGISTRY`, `REF_DATED_AFTER_REPORT`, …) from `checkDocumentRefs`. `auditText` returns all of them.",
  },
  {
    name: "dates",
    constant: "DATE_CODES",
    table: DATE_CODES,
    page: "dates.md",
    about:
      "The `DATE_…` and `PERIOD_…` errors are thrown by `parseVietnameseDate` and `parsePeriod` (returned by their `safeParseX` twins). `checkDates` (and so `auditText`) returns `DATE_PERIOD_ENDS_AFTER_REPORT`, `DATE_LENGTH_MISMATCH`, `DATE_YEAR_SLIP`, `DATE_INVALID` and `PERIOD_REVERSED` as findings.",
  },
  {
    name: "units",
    constant: "UNIT_CODES",
    table: UNIT_CODES,
    page: "units.md",
    about:
      "Findings of `checkUnitClaims` (also returned by `auditText`) and of `checkUnitsAgainstRegistry` from `baocao/units` (the `UNIT_REGISTRY_…` codes); the `UNIT_DATA_…` codes are the disagreements between the data sources that `dataWarnings()` lists; `UNIT_BAD_DATE` and `UNIT_DATASET_INVALID` are thrown (`loadUnits`; `safeLoadUnits` returns the error instead).",
  },
  {
    name: "encodings",
    constant: "ENCODING_CODES",
    table: ENCODING_CODES,
    page: "formats.md",
    about:
      "Notes of `convertLegacy`, which converts a text typed in a legacy Vietnamese font encoding (TCVN3/ABC, VNI) to Unicode: the `notice` of its result. The text is then audited as converted.",
  },
  {
    name: "calculators",
    constant: "CALCULATOR_CODES",
    table: CALCULATOR_CODES,
    page: "calculators/index.md",
    about:
      'Findings of `checkPercentage`, `checkReachability`, `checkComplement`, `checkTotal`, `checkBreakdownTree`, `checkTable`, `resolutionRate`, `checkChange`, `checkRatio` and `checkRank`, which `auditText` also returns for the claims it recognises. The `CALC_…` codes (severity `thrown`) are thrown as a `BaocaoError` when an input is not a figure at all, such as `CALC_NOT_A_FIGURE` for `"abc"`.',
  },
  {
    name: "indicators",
    constant: "INDICATOR_CODES",
    table: INDICATOR_CODES,
    page: "indicators.md",
    about:
      "Findings `auditText` adds once a claim is labelled with an indicator (`checkIndicatorClaim`: a rate on a base reports often use by mistake, `INDICATOR_WRONG_BASE`; a value out of the indicator's range; a count that is not whole) and on index scores and ranks (`checkIndexScores`: `INDICATOR_SCORE_OUT_OF_SCALE`, `INDICATOR_SCORE_WRONG_UNIT`, `INDICATOR_RANK_BEYOND_COUNT`). `INDICATOR_INVALID` and `INDICATOR_DUPLICATE_ID` are thrown by `createCatalogue` for indicators that do not fit the schema.",
  },
  {
    name: "findings",
    constant: "FINDING_CODES",
    table: FINDING_CODES,
    page: "review.md",
    about:
      "`ACCEPTANCE_INVALID` is thrown by `parseAcceptance` (returned by `safeParseAcceptance`) for an acceptance file that does not match its schema; `baocao audit` stops with one line and exit status 2 when the acceptance file it is given is not valid.",
  },
  {
    name: "readers",
    constant: "READER_CODES",
    table: READER_CODES,
    exportedFrom: "the command line (`src/cli/readers`), not the library",
    page: "formats.md",
    about:
      "Errors of the command line's inputs: its file readers (.txt, .md, .docx, .doc, .pdf), structured reports (.json) and the audit of one file. Each stops the reading of one file: the file's entry in the output carries the code and a one-line reason (`error` in JSON), the same line goes to standard error, the other files are audited, and the command exits with status 2, so the table gives them no severity (shown as `thrown`). For example `READER_MISSING`: the optional package that reads the format is not installed.",
  },
];

/** Codes whose severity depends on the case; the tables give the usual one. */
const VARYING: readonly { readonly code: string; readonly text: string }[] = [
  {
    code: "REF_DATES_DIFFER",
    text: "a warning, or a note when the two dates are in different years (Party numbers restart each term and State numbers each year, so two documents may share a number)",
  },
  {
    code: "REF_DATE_CONTRADICTS_REGISTRY",
    text: "an error, or a warning when the registry entry is marked `two-sources-disagree`",
  },
  {
    code: "REF_UNKNOWN_TYPE",
    text: "a note, or a warning naming the nearest known code when one is a single edit away",
  },
  {
    code: "REF_UNKNOWN_ISSUER",
    text: "a note, or a warning naming the nearest known code when one is a single edit away",
  },
  {
    code: "TOTAL_SHORT",
    text: 'an error; in `auditText`, a warning for a bracket of parts with no "gồm" or "trong đó" before it',
  },
];

const CODE_IN_BACKQUOTES = /`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function checkModules(modules: readonly CodeModule[]): void {
  const owner = new Map<string, string>();
  for (const m of modules) {
    for (const code of Object.keys(m.table)) {
      const other = owner.get(code);
      if (other !== undefined) throw new Error(`${code} is in both ${other} and ${m.constant}`);
      owner.set(code, m.constant);
    }
    for (const [, code] of m.about.matchAll(CODE_IN_BACKQUOTES)) {
      if (code !== undefined && !(code in m.table)) {
        throw new Error(`The text about ${m.name} names ${code}, which ${m.constant} lacks`);
      }
    }
  }
  for (const { code } of VARYING) {
    if (!owner.has(code)) throw new Error(`${code} (severity note) is in no code table`);
  }
}

const SEVERITIES = ["error", "warning", "info", "thrown"] as const;

const severityOf = (row: CodeRow): string => row.severity ?? "thrown";

function countBy(table: Readonly<Record<string, CodeRow>>, severity: string): number {
  return Object.values(table).filter((row) => severityOf(row) === severity).length;
}

const pageLink = (m: CodeModule): string => (m.page ? `[${m.page}](${m.page})` : "—");

/**
 * The whole of docs/finding-codes.md, from the modules' code tables.
 *
 * @param modules - the modules to list (default: every module of the library)
 * @returns the Markdown page
 */
export function renderFindingCodes(modules: readonly CodeModule[] = CODE_MODULES): string {
  checkModules(modules);
  const total = modules.reduce((n, m) => n + Object.keys(m.table).length, 0);
  const out: string[] = [
    "# Finding and error codes",
    "",
    "<!-- Generated by scripts/finding-codes.ts from the modules' code tables. Do not edit by hand:",
    "     run `npx tsx scripts/finding-codes.ts --write`. tests/docs/finding-codes.test.ts fails when",
    "     this page and the tables differ. -->",
    "",
    `Every code \`baocao\` produces, ${total} in all, with its module, severity and meaning in English`,
    "and Vietnamese. A code is a stable UPPER_SNAKE string, safe to switch on in your own code; the",
    "same code means the same thing wherever it appears: in a `Finding` (from a check, a calculator",
    "or `auditText`), as the `code` of a thrown `BaocaoError`, of a figure's `ambiguity` or of a",
    "conversion `notice`. Each module exports its table, so a program can show these descriptions",
    "too (`CALCULATOR_CODES.PERCENT_INCONSISTENT.vi`).",
    "",
    "| severity | meaning | CLI |",
    "|---|---|---|",
    "| `error` | the claim does not hold, or the input cannot be read | `error`; fails the run (`--fail-on error`, the default) |",
    "| `warning` | holds only under a lenient reading (truncation, a complement) or contradicts something stated elsewhere | `warning`; fails with `--fail-on warning` |",
    "| `info` | a note: something assumed or derived, or a harmless deviation of form | `info`; fails only with `--fail-on info` |",
    "| `thrown` | not a finding: an error raised for input that cannot be used at all (a `BaocaoError` from the library; from the command line's readers, one line on standard error) | exit status 2 for the command line's errors |",
    "",
    "## At a glance",
    "",
    "| module | table | codes | error | warning | info | thrown | page |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const m of modules) {
    const counts = SEVERITIES.map((s) => countBy(m.table, s));
    out.push(
      `| [${m.name}](#${m.name}) | \`${m.constant}\` | ${Object.keys(m.table).length} | ${counts.join(" | ")} | ${pageLink(m)} |`,
    );
  }
  out.push(
    "",
    "## Severity that depends on the case",
    "",
    "The tables give a code's usual severity. These codes take another one in some cases:",
    "",
    ...VARYING.map(({ code, text }) => `- \`${code}\`: ${text}.`),
  );
  for (const m of modules) {
    out.push(
      "",
      `## ${m.name}`,
      "",
      `\`${m.constant}\`, exported by ${m.exportedFrom ?? "`baocao`"}${m.page ? `; see [${m.page}](${m.page})` : ""}.`,
      "",
      m.about,
      "",
      "| code | severity | English | Tiếng Việt |",
      "|---|---|---|---|",
      ...Object.entries(m.table).map(
        ([code, row]) => `| \`${code}\` | ${severityOf(row)} | ${cell(row.en)} | ${cell(row.vi)} |`,
      ),
    );
  }
  out.push(
    "",
    "## All codes, A to Z",
    "",
    "| code | module | severity |",
    "|---|---|---|",
    ...modules
      .flatMap((m) => Object.entries(m.table).map(([code, row]) => ({ code, m, row })))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map(({ code, m, row }) => `| \`${code}\` | [${m.name}](#${m.name}) | ${severityOf(row)} |`),
    "",
  );
  return out.join("\n");
}

/** Where the generated page lives. */
export const FINDING_CODES_PAGE = fileURLToPath(
  new URL("../docs/finding-codes.md", import.meta.url),
);

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const page = renderFindingCodes();
  if (process.argv.includes("--write")) writeFileSync(FINDING_CODES_PAGE, page);
  else process.stdout.write(page);
}
