import { PROVINCE_UNITS } from "../province-units.js";
import { provinceSuccessors } from "../provinces.js";
import type { AdministrativeUnit } from "../schema.js";
import { type MappingLink, registry } from "./decode.js";

/** A unit on the other side of a reorganisation, and whether all of the old unit went in. */
export interface UnitLink {
  /** The code as the sources give it. */
  readonly code: string;
  /** The unit, or undefined when the registry does not hold that code (see `dataWarnings()`). */
  readonly unit: AdministrativeUnit | undefined;
  /** False when only part of the old unit went into the new one. */
  readonly whole: boolean;
}

const REFORM = "2025-07-01";

interface Lineage {
  readonly oldByCode: ReadonlyMap<string, AdministrativeUnit>;
  readonly reformByCode: ReadonlyMap<string, AdministrativeUnit>;
  readonly latestChanged: ReadonlyMap<string, AdministrativeUnit>;
  /** Old commune or district code → new commune links. */
  readonly successors: ReadonlyMap<string, readonly MappingLink[]>;
}

let cached: Lineage | undefined;

function lineage(): Lineage {
  if (cached !== undefined) return cached;
  const { snapshots, formedFrom } = registry();
  const [before, reform, latest] = snapshots;
  const byCode = (units: readonly AdministrativeUnit[] = []): Map<string, AdministrativeUnit> =>
    new Map(units.filter((u) => u.level !== "province").map((u) => [u.code ?? "", u]));
  const oldByCode = byCode(before?.units);
  const reformByCode = byCode(reform?.units);
  const latestChanged = new Map(
    (latest?.units ?? [])
      .filter((u) => u.level !== "province" && u.validFrom === latest?.effective)
      .map((u) => [u.code ?? "", u]),
  );
  const successors = new Map<string, MappingLink[]>();
  const link = (oldCode: string, target: MappingLink): void => {
    const list = successors.get(oldCode);
    if (list === undefined) successors.set(oldCode, [target]);
    else if (!list.some((l) => l.code === target.code)) list.push(target);
    else if (!target.whole) {
      const i = list.findIndex((l) => l.code === target.code);
      list[i] = target;
    }
  };
  for (const [newCode, links] of formedFrom) {
    for (const l of links) {
      link(l.code, { code: newCode, whole: l.whole });
      // A district's successors: every unit any of its communes went into.
      const parent = oldByCode.get(l.code)?.parent;
      if (parent !== undefined && oldByCode.has(parent))
        link(parent, { code: newCode, whole: false });
    }
  }
  // A district all of whose communes went whole into one unit went whole into it.
  const communesOf = new Map<string, string[]>();
  for (const u of oldByCode.values()) {
    if (u.level !== "commune" || u.parent === undefined) continue;
    communesOf.set(u.parent, [...(communesOf.get(u.parent) ?? []), u.code ?? ""]);
  }
  for (const [district, communes] of communesOf) {
    const targets = successors.get(district) ?? [];
    const only = targets.length === 1 ? targets[0] : undefined;
    const whole = communes
      .flatMap((c) => successors.get(c) ?? [])
      .every((t) => t.whole && t.code === only?.code);
    if (only !== undefined && whole) successors.set(district, [{ code: only.code, whole: true }]);
  }
  cached = { oldByCode, reformByCode, latestChanged, successors };
  return cached;
}

const isOld = (unit: AdministrativeUnit): boolean =>
  unit.validTo !== undefined && unit.validTo < REFORM;

function provinceLinks(
  codes: readonly MappingLink[],
  pick: (u: AdministrativeUnit) => boolean,
): UnitLink[] {
  return codes.map((l) => ({
    code: l.code,
    whole: l.whole,
    unit: PROVINCE_UNITS.find((p) => p.code === l.code && pick(p)),
  }));
}

/**
 * The units a unit became: for a unit of before 1/7/2025 (province, district or commune), the
 * units of 1/7/2025 it went into, whole or in part; for a unit changed on 30/4/2026 (Đồng Nai,
 * its ten xã that became phường), the unit that replaced it. Empty for a unit still in force.
 *
 * @param unit - a unit from {@link unitsOn} (or the core province data)
 * @returns the successors, each with `whole: false` when only part of the unit went into it
 * @example
 * ```ts
 * import { successorsOf, unitsOn } from "baocao/units";
 *
 * const [songLo] = unitsOn("2025-03-01")?.find("huyện Sông Lô") ?? [];
 * if (songLo) successorsOf(songLo).map((l) => l.unit?.name);
 * ```
 */
export function successorsOf(unit: AdministrativeUnit): readonly UnitLink[] {
  if (unit.level === "province") {
    return provinceSuccessors(unit).map((p) => ({
      code: p.code ?? "",
      unit: p,
      whole: (p.formedFrom ?? []).find((f) => f.code === unit.code)?.whole ?? true,
    }));
  }
  const { successors, reformByCode, latestChanged } = lineage();
  const code = unit.code ?? "";
  if (isOld(unit)) {
    return (successors.get(code) ?? []).map((l) => ({
      code: l.code,
      whole: l.whole,
      unit: reformByCode.get(l.code),
    }));
  }
  const later = latestChanged.get(code);
  return unit.validTo !== undefined && later !== undefined
    ? [{ code, unit: later, whole: true }]
    : [];
}

/**
 * The units a unit was formed from: for a unit of 1/7/2025, the units of 1/3/2025 (provinces,
 * communes, or for the special zones the island districts) that went into it, whole or in part;
 * for a unit changed on 30/4/2026, the unit it replaced. Empty for a unit of before 1/7/2025.
 *
 * @param unit - a unit from {@link unitsOn} (or the core province data)
 * @returns the predecessors; `unit` is undefined for the old codes the registry lacks
 * @example
 * ```ts
 * import { predecessorsOf, unitsOn } from "baocao/units";
 *
 * const [baDinh] = unitsOn("2025-07-01")?.find("Phường Ba Đình") ?? [];
 * if (baDinh) predecessorsOf(baDinh).filter((l) => l.whole).length; // 2
 * ```
 */
export function predecessorsOf(unit: AdministrativeUnit): readonly UnitLink[] {
  if (unit.level === "province") {
    const from = unit.formedFrom ?? [];
    return unit.validFrom === REFORM
      ? provinceLinks(from, isOld)
      : provinceLinks(from, (p) => p.validTo !== undefined && p.validTo < (unit.validFrom ?? ""));
  }
  const { oldByCode, reformByCode } = lineage();
  if (unit.validFrom === REFORM) {
    return (registry().formedFrom.get(unit.code ?? "") ?? []).map((l) => ({
      code: l.code,
      whole: l.whole,
      unit: oldByCode.get(l.code),
    }));
  }
  const replaced = (unit.formedFrom ?? []).map((l) => ({
    code: l.code,
    whole: l.whole,
    unit: reformByCode.get(l.code),
  }));
  return unit.validFrom !== undefined && unit.validFrom > REFORM ? replaced : [];
}
