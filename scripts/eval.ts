// `npm run eval`: the built auditor on the real-text corpus (tests/corpus), per claim shape:
// claims recognised, genuine inconsistencies flagged, typists' slips (mutants) caught, and false
// alarms. `--write` puts the table into docs/accuracy.md; `--check` fails when a figure is worse
// than the one committed there (CI runs it); `--verbose` lists every miss and false alarm.
import { readFileSync, writeFileSync } from "node:fs";
import * as built from "../dist/index.js";
import {
  type CheckedClaim,
  type CorpusPassage,
  mutantVerdict,
  mutateNumeral,
  readCorpus,
  SHAPE_TITLES,
  SHAPES,
  type Shape,
} from "../tests/corpus/key.js";

// BAOCAO_DIST names another build to measure (a saved copy of an earlier version, to compare).
const auditText: typeof built.auditText = process.env.BAOCAO_DIST
  ? (await import(`${process.env.BAOCAO_DIST}/index.js`)).auditText
  : built.auditText;

type Result = ReturnType<typeof auditText>;
type Finding = Result["findings"][number];
type Claim = Result["claims"][number];

interface Row {
  claims: number;
  recognised: number;
  genuine: number;
  flagged: number;
  mutants: number;
  caught: number;
  /** Mutants that leave the claim true: listed, not counted. */
  harmless: number;
  /** Errors and warnings on a consistent claim of this shape. */
  falseAlarms: number;
}

const empty = (): Row => ({
  claims: 0,
  recognised: 0,
  genuine: 0,
  flagged: 0,
  mutants: 0,
  caught: 0,
  harmless: 0,
  falseAlarms: 0,
});

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const serious = (f: Finding) => f.severity === "error" || f.severity === "warning";

/** The findings of a result, each with the claim it sits on. */
function findingsOf(result: Result): { finding: Finding; claim: Claim }[] {
  return result.claims.flatMap((claim) => claim.findings.map((finding) => ({ finding, claim })));
}

/** Whether a finding is about a range of the text: its claim's figures, or its span. */
function touches(item: { finding: Finding; claim: Claim }, range: { start: number; end: number }) {
  const figures = item.claim.figures;
  if (figures.length > 0) return figures.some((f) => overlaps(f.span, range));
  return item.finding.span ? overlaps(item.finding.span, range) : false;
}

const findingKey = (f: Finding) => `${f.code}@${f.span?.start}-${f.span?.end}`;

/** A claim of the key is recognised when one claim of the auditor holds all its written figures. */
function recognised(result: Result, claim: CheckedClaim): boolean {
  return result.claims.some((c) =>
    claim.figures.every((k) => c.figures.some((f) => overlaps(f.span, k))),
  );
}

interface Report {
  rows: Map<Shape, Row>;
  /** Errors and warnings on text that holds no claim of the key. */
  strayAlarms: number;
  passages: number;
  lines: string[];
}

function evaluateCorpus(corpus: readonly CorpusPassage[]): Report {
  const rows = new Map<Shape, Row>(SHAPES.map((s) => [s, empty()]));
  const lines: string[] = [];
  let strayAlarms = 0;
  for (const passage of corpus) {
    const { text, claims } = passage;
    const id = passage.key.id;
    const result = auditText(text);
    const items = findingsOf(result);
    const judged = claims.filter((c) => c.verdict !== "ambiguous");
    for (const claim of judged) {
      const row = rows.get(claim.key.shape) as Row;
      row.claims++;
      if (recognised(result, claim)) row.recognised++;
      else
        lines.push(
          `${id} ${claim.key.id} ${claim.key.shape}: not recognised (${claim.key.recomputed})`,
        );
      if (claim.verdict === "wrong" || claim.verdict === "truncated") {
        row.genuine++;
        if (items.some((i) => serious(i.finding) && touches(i, claim.stated))) row.flagged++;
        else
          lines.push(
            `${id} ${claim.key.id} ${claim.key.shape}: ${claim.verdict}, not flagged (${claim.key.recomputed})`,
          );
      }
    }
    // False alarms (issue #17): an error or warning that touches no figure of a claim the key
    // calls wrong or truncated; one on an ambiguous claim counts too, as one on no claim.
    const excused = claims
      .filter((c) => c.verdict === "wrong" || c.verdict === "truncated")
      .flatMap((c) => c.figures);
    for (const item of items) {
      if (!serious(item.finding) || excused.some((f) => touches(item, f))) continue;
      const on = judged.find(
        (c) => c.verdict === "consistent" && c.figures.some((f) => touches(item, f)),
      );
      if (on) (rows.get(on.key.shape) as Row).falseAlarms++;
      else strayAlarms++;
      lines.push(
        `${id} FALSE ALARM ${item.finding.code} ${on ? `on ${on.key.id} (${on.key.shape})` : "on no claim"}: «${item.finding.span?.excerpt ?? ""}» ${item.finding.message.en}`,
      );
    }
    const before = new Set(
      items.filter((i) => serious(i.finding)).map((i) => findingKey(i.finding)),
    );
    for (const claim of judged) {
      if (claim.verdict !== "consistent" || !claim.exact) continue;
      const row = rows.get(claim.key.shape) as Row;
      const mutant = mutateNumeral(claim.stated.text);
      const verdict = mutantVerdict(claim, mutant);
      if (verdict === "consistent") {
        row.harmless++;
        lines.push(
          `${id} ${claim.key.id} ${claim.key.shape}: mutant ${claim.stated.text} → ${mutant} leaves the claim true (not counted)`,
        );
        continue;
      }
      row.mutants++;
      const changed = text.slice(0, claim.stated.start) + mutant + text.slice(claim.stated.end);
      const after = findingsOf(auditText(changed));
      const caught = after.some(
        (i) => serious(i.finding) && !before.has(findingKey(i.finding)) && touches(i, claim.stated),
      );
      if (caught) row.caught++;
      else
        lines.push(
          `${id} ${claim.key.id} ${claim.key.shape}: mutant ${claim.stated.text} → ${mutant} not caught`,
        );
    }
  }
  return { rows, strayAlarms, passages: corpus.length, lines };
}

const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)} %`);

const total = (rows: Map<Shape, Row>): Row => {
  const t = empty();
  for (const r of rows.values()) for (const k of Object.keys(t) as (keyof Row)[]) t[k] += r[k];
  return t;
};

function table(report: Report): string {
  const head =
    "| shape | claims | recognised | genuine | flagged | mutants | caught | recall on mutants | not counted | false alarms |\n" +
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const line = (name: string, r: Row) =>
    `| ${name} | ${r.claims} | ${r.recognised} | ${r.genuine} | ${r.flagged} | ${r.mutants} | ${r.caught} | ${pct(r.caught, r.mutants)} | ${r.harmless} | ${r.falseAlarms} |`;
  const t = total(report.rows);
  return [
    head,
    ...SHAPES.map((s) => line(SHAPE_TITLES[s], report.rows.get(s) as Row)),
    `| on no claim of the key | | | | | | | | | ${report.strayAlarms} |`,
    line("**total**", { ...t, falseAlarms: t.falseAlarms + report.strayAlarms }),
  ].join("\n");
}

const DOC = new URL("../docs/accuracy.md", import.meta.url);
const START = "<!-- eval:start -->";
const END = "<!-- eval:end -->";

/** The figures committed in docs/accuracy.md, by row title. */
function committed(doc: string): Map<string, number[]> {
  const inside = doc.slice(doc.indexOf(START), doc.indexOf(END));
  const out = new Map<string, number[]>();
  for (const line of inside.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 11 || !/^\d+$/.test(cells[2] ?? "")) continue;
    out.set(
      cells[1] as string,
      cells.slice(2).map((c) => (/^\d+$/.test(c) ? Number(c) : Number.NaN)),
    );
  }
  return out;
}

function check(report: Report, doc: string): string[] {
  const floors = committed(doc);
  const problems: string[] = [];
  const rowsNow: [string, Row][] = [
    ...SHAPES.map((s): [string, Row] => [SHAPE_TITLES[s], report.rows.get(s) as Row]),
    ["**total**", total(report.rows)],
  ];
  for (const [name, r] of rowsNow) {
    const f = floors.get(name);
    if (!f) {
      problems.push(`docs/accuracy.md has no row "${name}": run npm run eval -- --write`);
      continue;
    }
    // Columns: claims, recognised, genuine, flagged, mutants, caught, recall, not counted, false alarms.
    const [, recognisedFloor, , flaggedFloor, , caughtFloor] = f;
    if (r.recognised < (recognisedFloor ?? 0))
      problems.push(`${name}: ${r.recognised} recognised, below ${recognisedFloor}`);
    if (r.flagged < (flaggedFloor ?? 0))
      problems.push(`${name}: ${r.flagged} flagged, below ${flaggedFloor}`);
    if (r.caught < (caughtFloor ?? 0))
      problems.push(`${name}: ${r.caught} mutants caught, below ${caughtFloor}`);
  }
  const alarms = total(report.rows).falseAlarms + report.strayAlarms;
  const ceiling = floors.get("**total**")?.[8] ?? 0;
  if (alarms > ceiling) problems.push(`${alarms} false alarms, above the ${ceiling} committed`);
  const consistentAlarms = total(report.rows).falseAlarms;
  const ceilingOnClaims = SHAPES.reduce((n, s) => n + (floors.get(SHAPE_TITLES[s])?.[8] ?? 0), 0);
  if (consistentAlarms > ceilingOnClaims)
    problems.push(
      `${consistentAlarms} false alarms on consistent claims, above the ${ceilingOnClaims} committed`,
    );
  return problems;
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const corpus = readCorpus(new URL("../tests/corpus/passages/", import.meta.url));
  const report = evaluateCorpus(corpus);
  const claims = corpus.reduce((n, p) => n + p.claims.length, 0);
  const body = `${table(report)}\n\n${report.passages} passages, ${claims} claims in the key.`;
  if (args.has("--verbose")) console.log(`${report.lines.join("\n")}\n`);
  console.log(body);
  const doc = readFileSync(DOC, "utf8");
  if (args.has("--write")) {
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    if (from === -1 || to === -1) throw new Error("docs/accuracy.md has no eval markers");
    writeFileSync(DOC, `${doc.slice(0, from + START.length)}\n${body}\n${doc.slice(to)}`);
    console.log("\nwrote docs/accuracy.md");
  }
  if (args.has("--check")) {
    const problems = check(report, doc);
    if (problems.length > 0) {
      console.error(
        `\nThe auditor did worse on the corpus than docs/accuracy.md records:\n- ${problems.join("\n- ")}`,
      );
      process.exitCode = 1;
    } else console.log("\nNo figure below the floors committed in docs/accuracy.md.");
  }
}

main();
