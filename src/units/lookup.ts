import { foldedNameKey, nameKey, readUnitName, typeAllowed } from "./names.js";
import type { AdministrativeUnit } from "./schema.js";

/** Units indexed by the keys of their names, exact and diacritic-free. */
export interface NameIndex {
  readonly exact: ReadonlyMap<string, readonly AdministrativeUnit[]>;
  /** Built on the first lookup that needs it (names typed without marks). */
  folded(): ReadonlyMap<string, readonly AdministrativeUnit[]>;
}

function add(map: Map<string, AdministrativeUnit[]>, key: string, unit: AdministrativeUnit): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [unit]);
  else list.push(unit);
}

/**
 * Indexes units by name.
 *
 * @param units - the units
 * @returns the index
 */
export function createNameIndex(units: readonly AdministrativeUnit[]): NameIndex {
  const exact = new Map<string, AdministrativeUnit[]>();
  for (const unit of units) add(exact, nameKey(unit.name), unit);
  let folded: Map<string, AdministrativeUnit[]> | undefined;
  return {
    exact,
    folded() {
      if (folded === undefined) {
        folded = new Map();
        for (const unit of units) add(folded, foldedNameKey(unit.name), unit);
      }
      return folded;
    },
  };
}

/**
 * Finds the units a written name may mean: first with diacritics as written (tone placement, case
 * and NFC/NFD aside), then without diacritics; a leading type word or abbreviation narrows the
 * type, and a reading as a bare name is tried last.
 *
 * @param index - the units by name
 * @param text - the name as written
 * @param accept - a further filter (for example: in force on a day)
 * @returns the units of the first reading that finds any
 */
export function lookUpName(
  index: NameIndex,
  text: string,
  accept: (unit: AdministrativeUnit) => boolean = () => true,
): readonly AdministrativeUnit[] {
  const { exact, folded } = readUnitName(text);
  for (const [readings, map] of [
    [exact, () => index.exact],
    [folded, index.folded],
  ] as const) {
    for (const reading of readings) {
      const hits = (map().get(reading.key) ?? []).filter(
        (u) => typeAllowed(u.type, reading.types) && accept(u),
      );
      if (hits.length > 0) return hits;
    }
  }
  return [];
}
