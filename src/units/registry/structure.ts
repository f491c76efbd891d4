import type { DayInput } from "../dates.js";
import { requireDay } from "../day.js";
import { createNameIndex, lookUpName, type NameIndex } from "../lookup.js";
import type { AdministrativeUnit } from "../schema.js";
import type { UnitLevel, UnitType } from "../types.js";
import { registry, type Snapshot } from "./decode.js";

/** Numbers of units by level and by type. */
export interface UnitCounts {
  /** By level: `province`, `district` (none from 1/7/2025), `commune`. */
  readonly byLevel: Readonly<Partial<Record<UnitLevel, number>>>;
  /** By type: `tỉnh`, `xã`, `phường`, `đặc khu`… */
  readonly byType: Readonly<Partial<Record<UnitType, number>>>;
}

/** Options of {@link UnitStructure.find}. */
export interface FindUnitOptions {
  /** Only units of this level. */
  readonly level?: UnitLevel;
  /** Only units of these types. */
  readonly types?: readonly UnitType[];
  /** Only units inside this unit (a province or district code, or the unit itself). */
  readonly within?: string | AdministrativeUnit;
}

/** The administrative structure in force on a day (one registry snapshot), with its lookups. */
export interface UnitStructure {
  /** The day asked for (ISO). */
  readonly date: string;
  /** The day the snapshot took effect (2025-03-01, 2025-07-01 or 2026-04-30). */
  readonly effective: string;
  /** The legal basis recorded with the snapshot. */
  readonly basis: string;
  /** Every unit in force: provinces, districts (before 1/7/2025), communes. */
  readonly units: readonly AdministrativeUnit[];
  /** Counts of {@link UnitStructure.units} by level and by type. */
  readonly counts: UnitCounts;
  /**
   * The unit with a statistical code (2 digits: province, 3: district, 5: commune).
   *
   * @param code - the code, with or without leading zeros
   * @returns the unit, or undefined
   */
  byCode(code: string): AdministrativeUnit | undefined;
  /**
   * Units by name, forgiving of case, diacritics, tone placement, NFC/NFD and type
   * abbreviations ("TP.", "H.", "P.", "X.", "TT.", "Q.").
   *
   * @param name - the name as written ("H. Sông Lô", "xa Duc Bac")
   * @param options - level, types, or the unit to search within
   * @returns the matching units (several when a name is used in several places)
   */
  find(name: string, options?: FindUnitOptions): readonly AdministrativeUnit[];
  /**
   * The units directly under a unit.
   *
   * @param unit - a unit or its code
   * @returns its children
   */
  childrenOf(unit: string | AdministrativeUnit): readonly AdministrativeUnit[];
  /**
   * Counts of the units under a unit, at every level below it.
   *
   * @param unit - a unit or its code
   * @returns the counts
   */
  countsWithin(unit: string | AdministrativeUnit): UnitCounts;
  /**
   * The chain of units above a unit, nearest first.
   *
   * @param unit - a unit or its code
   * @returns its ancestors
   */
  ancestorsOf(unit: string | AdministrativeUnit): readonly AdministrativeUnit[];
}

const CODE_LENGTH: Readonly<Record<number, number>> = { 1: 2, 2: 2, 3: 3, 4: 5, 5: 5 };

function countUnits(units: Iterable<AdministrativeUnit>): UnitCounts {
  const byLevel: Partial<Record<UnitLevel, number>> = {};
  const byType: Partial<Record<UnitType, number>> = {};
  for (const u of units) {
    byLevel[u.level] = (byLevel[u.level] ?? 0) + 1;
    byType[u.type] = (byType[u.type] ?? 0) + 1;
  }
  return { byLevel, byType };
}

function build(snapshot: Snapshot): Omit<UnitStructure, "date"> {
  const { units } = snapshot;
  const byCode = new Map(units.map((u) => [u.code ?? "", u]));
  const children = new Map<string, AdministrativeUnit[]>();
  for (const u of units) {
    if (u.parent === undefined) continue;
    const list = children.get(u.parent);
    if (list === undefined) children.set(u.parent, [u]);
    else list.push(u);
  }
  let index: NameIndex | undefined;
  const codeOf = (unit: string | AdministrativeUnit): string =>
    typeof unit === "string" ? normaliseCode(unit) : (unit.code ?? "");
  const normaliseCode = (code: string): string => {
    const trimmed = code.trim();
    return trimmed.padStart(CODE_LENGTH[trimmed.length] ?? trimmed.length, "0");
  };
  const ancestorsOf = (unit: string | AdministrativeUnit): AdministrativeUnit[] => {
    const chain: AdministrativeUnit[] = [];
    let current = byCode.get(codeOf(unit))?.parent;
    while (current !== undefined && chain.length < 4) {
      const parent = byCode.get(current);
      if (parent === undefined) break;
      chain.push(parent);
      current = parent.parent;
    }
    return chain;
  };
  const descendants = (code: string): AdministrativeUnit[] => {
    const out: AdministrativeUnit[] = [];
    const stack = [...(children.get(code) ?? [])];
    for (let u = stack.pop(); u !== undefined; u = stack.pop()) {
      out.push(u);
      stack.push(...(children.get(u.code ?? "") ?? []));
    }
    return out;
  };
  return {
    effective: snapshot.effective,
    basis: snapshot.basis,
    units,
    counts: countUnits(units),
    byCode: (code) => byCode.get(normaliseCode(code)),
    childrenOf: (unit) => children.get(codeOf(unit)) ?? [],
    countsWithin: (unit) => countUnits(descendants(codeOf(unit))),
    ancestorsOf,
    find(name, options = {}) {
      index ??= createNameIndex(units);
      const within = options.within === undefined ? undefined : codeOf(options.within);
      return lookUpName(
        index,
        name,
        (u) =>
          (options.level === undefined || u.level === options.level) &&
          (options.types === undefined || options.types.includes(u.type)) &&
          (within === undefined || ancestorsOf(u).some((a) => a.code === within)),
      );
    },
  };
}

const structures = new Map<string, Omit<UnitStructure, "date">>();

/**
 * The administrative structure in force on a day, from the registry's snapshots: 1/3/2025 (63
 * provinces, 696 districts, 10,035 communes), 1/7/2025 (34 provinces, 3,321 communes, no
 * districts) and 30/4/2026 (Đồng Nai a centrally-run city, ten of its xã now phường). Each
 * snapshot answers from its effective day until the next one. The data is decoded on the first
 * call.
 *
 * @param date - the day (a Date, read by its local calendar day, or `YYYY-MM-DD`)
 * @returns the structure, or undefined for a day before 1/3/2025 (the registry does not reach it)
 * @throws BaocaoError `UNIT_BAD_DATE` when the date is not a valid day
 * @example
 * ```ts
 * import { unitsOn } from "baocao/units";
 *
 * const structure = unitsOn("2025-08-01");
 * structure?.counts.byLevel.commune; // 3321
 * structure?.find("P. Ba Đình")[0]?.code; // "00004"
 * ```
 */
export function unitsOn(date: DayInput): UnitStructure | undefined {
  const day = requireDay(date);
  const snapshots = registry().snapshots;
  let chosen: Snapshot | undefined;
  for (const s of snapshots) if (s.effective <= day) chosen = s;
  if (chosen === undefined) return undefined;
  let structure = structures.get(chosen.effective);
  if (structure === undefined) {
    structure = build(chosen);
    structures.set(chosen.effective, structure);
  }
  return { ...structure, date: day };
}
