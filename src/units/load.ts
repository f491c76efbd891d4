import * as z from "zod/mini";
import { BaocaoError, inputText } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import { checkSchema } from "../core/structured-input.js";
import { type AdministrativeUnit, administrativeUnitSchema } from "./schema.js";

/** One problem in a units dataset: where (`path` into the JSON) and what. */
export interface UnitDatasetIssue {
  /** Path to the offending value, for example `[3, "type"]` or `["units", 0, "code"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, written for the person who prepared the file. */
  readonly message: string;
}

/** The error {@link loadUnits} throws: code `UNIT_DATASET_INVALID`, with every issue found. */
export interface UnitDatasetError extends BaocaoError<"UNIT_DATASET_INVALID"> {
  /** Every issue, each with its path. */
  readonly issues: readonly UnitDatasetIssue[];
}

const listSchema = z.readonly(z.array(administrativeUnitSchema));
const wrappedSchema = z.pipe(
  z.object({ units: listSchema }, 'A units dataset is an array of units or { "units": [...] }'),
  z.transform((d: { units: readonly AdministrativeUnit[] }) => d.units),
);

// The list itself or the object wrapping it (a revoked proxy is neither: the schema says why).
function datasetSchema(data: unknown): typeof listSchema | typeof wrappedSchema {
  try {
    return Array.isArray(data) ? listSchema : wrappedSchema;
  } catch {
    return wrappedSchema;
  }
}

function fail(input: unknown, issues: UnitDatasetIssue[]): Result<never, UnitDatasetError> {
  const first = issues[0];
  const where = first === undefined || first.path.length === 0 ? "" : ` at ${first.path.join(".")}`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  const error = new BaocaoError(
    "UNIT_DATASET_INVALID",
    `The units dataset is not valid${where}: ${first?.message ?? "unknown problem"}${more}`,
    inputText(input),
  ) as BaocaoError<"UNIT_DATASET_INVALID"> & { issues: readonly UnitDatasetIssue[] };
  error.issues = issues;
  return err(error);
}

// Two records may share a code only when their periods do not overlap: a record is reported
// when it overlaps one before it in the dataset. Each code's records are taken in order, and a
// Fenwick tree over the days answers "the latest end among earlier records starting by day d"
// in O(log n): comparing every pair was quadratic (20 000 versions of one code took 106 s).
function duplicateCodes(units: readonly AdministrativeUnit[]): UnitDatasetIssue[] {
  const byCode = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (unit.code === undefined) return;
    const list = byCode.get(unit.code);
    if (list) list.push(i);
    else byCode.set(unit.code, [i]);
  });
  const issues: UnitDatasetIssue[] = [];
  for (const indices of byCode.values()) {
    if (indices.length < 2) continue;
    for (const [i, j] of overlapsWithEarlier(indices.map((k) => units[k] as AdministrativeUnit))) {
      const later = indices[i] as number;
      issues.push({
        path: [later, "code"],
        message: `Code ${units[later]?.code} is also used by record ${indices[j]} for an overlapping period`,
      });
    }
  }
  return issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}

/**
 * For each record that overlaps an earlier one, its position and that of one earlier record it
 * overlaps. Periods are closed; ISO days compare as text; no start is the earliest start and
 * no end the latest end.
 */
function overlapsWithEarlier(records: readonly AdministrativeUnit[]): [number, number][] {
  const start = (r: AdministrativeUnit) => r.validFrom ?? "";
  const end = (r: AdministrativeUnit) => r.validTo ?? "\uffff";
  const days = [...new Set(records.flatMap((r) => [start(r), end(r)]))].sort();
  const rank = new Map(days.map((d, i) => [d, i + 1]));
  // tree[k]: the record with the latest end among those inserted whose start rank falls in k's
  // range; -1 when none.
  const tree = new Array<number>(days.length + 1).fill(-1);
  const later = (a: number, b: number) =>
    a === -1 ||
    (b !== -1 && end(records[b] as AdministrativeUnit) > end(records[a] as AdministrativeUnit))
      ? b
      : a;
  const found: [number, number][] = [];
  records.forEach((record, i) => {
    // The earlier record that starts by this one's end and ends latest overlaps it, if any does.
    let best = -1;
    for (let k = rank.get(end(record)) ?? 0; k > 0; k -= k & -k) best = later(best, tree[k] ?? -1);
    if (best !== -1 && end(records[best] as AdministrativeUnit) >= start(record))
      found.push([i, best]);
    for (let k = rank.get(start(record)) ?? 1; k < tree.length; k += k & -k) {
      tree[k] = later(tree[k] ?? -1, i);
    }
  });
  return found;
}

/**
 * Validates a dataset of units (district, commune or village level, or provinces) against the
 * same schema as the embedded data, never throwing. The dataset is an array of units or
 * `{ "units": [...] }`, as parsed JSON or as JSON text; two records may share a code only when
 * their periods do not overlap. See docs/units.md for the format.
 *
 * @param json - the parsed JSON or its text
 * @returns `{ ok: true, value: units }` or `{ ok: false, error }` where `error.issues` lists every
 *   problem with its path
 * @example
 * ```ts
 * import { safeLoadUnits } from "baocao";
 *
 * const result = safeLoadUnits([{ name: "Đức Bác", type: "xã", level: "district" }]);
 * if (!result.ok) result.error.issues[0]?.path; // [0, "level"]
 * ```
 */
export function safeLoadUnits(
  json: unknown,
): Result<readonly AdministrativeUnit[], UnitDatasetError> {
  let data = json;
  if (typeof json === "string") {
    try {
      data = JSON.parse(json);
    } catch (cause) {
      return fail(json, [
        { path: [], message: `The text is not JSON (${(cause as Error).message})` },
      ]);
    }
  }
  const parsed = checkSchema(datasetSchema(data), data);
  if (!parsed.ok) return fail(json, [...parsed.issues]);
  const duplicates = duplicateCodes(parsed.value);
  return duplicates.length > 0 ? fail(json, duplicates) : ok(parsed.value);
}

/**
 * Validates a dataset of units like {@link safeLoadUnits}, throwing on failure.
 *
 * @param json - the parsed JSON or its text
 * @returns the units
 * @throws UnitDatasetError (a BaocaoError with code `UNIT_DATASET_INVALID` and `issues`)
 * @example
 * ```ts
 * import { loadUnits } from "baocao";
 *
 * const units = loadUnits('[{"code":"07225","name":"Đức Bác","type":"xã","level":"commune","parent":"253"}]');
 * units[0]?.name; // "Đức Bác"
 * ```
 */
export function loadUnits(json: unknown): readonly AdministrativeUnit[] {
  return unwrap(safeLoadUnits(json));
}
