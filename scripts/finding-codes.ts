// Generates docs/finding-codes.md from the code tables the modules export, so the list of
// codes can never drift from the code (tests/docs/finding-codes.test.ts regenerates it and
// compares). Run after changing a code table:
//   npx tsx scripts/finding-codes.ts --write      (or: npx tsx scripts/finding-codes.ts > docs/finding-codes.md)
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CALCULATOR_CODES } from "../src/calculators/codes.js";
import { DATE_CODES } from "../src/dates/codes.js";
import { QUANTITY_CODES } from "../src/quantities/codes.js";
import { REFERENCE_CODES } from "../src/references/codes.js";
import { UNIT_CODES } from "../src/units/codes.js";

/** One row of a module's code table, as every module exports it. */
interface CodeRow {
  readonly severity: string;
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
  /** The module's own page, relative to docs/. */
  readonly page: string;
  /** Where the codes come from. Every code named in backquotes must be in `table`. */
  readonly about: string;
}

/** The modules, in the order a report is read: figures, citations, dates, units, arithmetic. */
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
      "The `DATE_…` and `PERIOD_…` errors are thrown by `parseVietnameseDate` and `parsePeriod` (returned by their `safeParseX` twins). `checkDates` (and so `auditText`) returns `DATE_PERIOD_ENDS_AFTER_REPORT`, `DATE_LENGTH_MISMATCH`, `DATE_INVALID` and `PERIOD_REVERSED` as findings.",
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
    name: "calculators",
    constant: "CALCULATOR_CODES",
    table: CALCULATOR_CODES,
    page: "calculators/index.md",
    about:
      'Findings of `checkPercentage`, `checkReachability`, `checkComplement`, `checkTotal`, `checkBreakdownTree`, `checkTable`, `resolutionRate`, `checkChange`, `checkRatio` and `checkRank`, which `auditText` also returns for the claims it recognises. The `CALC_…` codes (severity `thrown`) are thrown as a `BaocaoError` when an input is not a figure at all, such as `CALC_NOT_A_FIGURE` for `"abc"`.',
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

function countBy(table: Readonly<Record<string, CodeRow>>, severity: string): number {
  return Object.values(table).filter((row) => row.severity === severity).length;
}

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
    "or `auditText`), as the `code` of a thrown `BaocaoError`, or as the `code` of a figure's",
    "`ambiguity`. Each module exports its table, so a program can show these descriptions too",
    "(`CALCULATOR_CODES.PERCENT_INCONSISTENT.vi`).",
    "",
    "| severity | meaning | CLI |",
    "|---|---|---|",
    "| `error` | the claim does not hold, or the input cannot be read | `error`; fails the run (`--fail-on error`, the default) |",
    "| `warning` | holds only under a lenient reading (truncation, a complement) or contradicts something stated elsewhere | `warning`; fails with `--fail-on warning` |",
    "| `info` | a note: something assumed or derived, or a harmless deviation of form | `note`; never fails the run |",
    "| `thrown` | not a finding: a `BaocaoError` thrown when an input is not a figure at all | not printed |",
    "",
    "## At a glance",
    "",
    "| module | table | codes | error | warning | info | thrown | page |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const m of modules) {
    const counts = SEVERITIES.map((s) => countBy(m.table, s));
    out.push(
      `| [${m.name}](#${m.name}) | \`${m.constant}\` | ${Object.keys(m.table).length} | ${counts.join(" | ")} | [${m.page}](${m.page}) |`,
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
      `\`${m.constant}\`, exported by \`baocao\`; see [${m.page}](${m.page}).`,
      "",
      m.about,
      "",
      "| code | severity | English | Tiếng Việt |",
      "|---|---|---|---|",
      ...Object.entries(m.table).map(
        ([code, row]) => `| \`${code}\` | ${row.severity} | ${cell(row.en)} | ${cell(row.vi)} |`,
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
      .map(({ code, m, row }) => `| \`${code}\` | [${m.name}](#${m.name}) | ${row.severity} |`),
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
