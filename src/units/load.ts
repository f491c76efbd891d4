import { z } from "zod";
import { BaocaoError, inputText } from "../core/errors.js";
import { err, ok, type Result, unwrap } from "../core/result.js";
import { checkSchema } from "../core/structured-input.js";
import { inForce } from "./dates.js";
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

const listSchema = z.array(administrativeUnitSchema).readonly();
const wrappedSchema = z
  .object({ units: listSchema }, 'A units dataset is an array of units or { "units": [...] }')
  .transform((d) => d.units);

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

function duplicateCodes(units: readonly AdministrativeUnit[]): UnitDatasetIssue[] {
  const issues: UnitDatasetIssue[] = [];
  const seen = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (unit.code === undefined) return;
    const earlier = seen.get(unit.code) ?? [];
    for (const j of earlier) {
      const other = units[j];
      if (other !== undefined && overlap(other, unit)) {
        issues.push({
          path: [i, "code"],
          message: `Code ${unit.code} is also used by record ${j} for an overlapping period`,
        });
      }
    }
    seen.set(unit.code, [...earlier, i]);
  });
  return issues;
}

function overlap(a: AdministrativeUnit, b: AdministrativeUnit): boolean {
  const start = [a.validFrom, b.validFrom].filter((d) => d !== undefined).sort();
  const latestStart = start[start.length - 1];
  return latestStart === undefined || (inForce(a, latestStart) && inForce(b, latestStart));
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
