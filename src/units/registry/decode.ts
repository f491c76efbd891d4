import { createFinding, type Finding } from "../../findings/finding.js";
import type { UnitCode } from "../codes.js";
import { inForce } from "../dates.js";
import { nameKey, splitOfficialName } from "../names.js";
import { PROVINCE_UNITS } from "../province-units.js";
import type { AdministrativeUnit } from "../schema.js";
import { UNIT_SEVERITIES } from "../severities.js";
import type { UnitType } from "../types.js";
import { REGISTRY_JSON } from "./data/registry.js";

/** One snapshot of the registry, decoded. */
export interface Snapshot {
  readonly effective: string;
  readonly basis: string;
  readonly units: readonly AdministrativeUnit[];
}

/** A link between an old and a new unit: `whole: false` when only part of the old unit went in. */
export interface MappingLink {
  readonly code: string;
  readonly whole: boolean;
}

/** Everything the registry knows, decoded once. */
export interface Registry {
  readonly snapshots: readonly Snapshot[];
  /** New commune code (as in the 2025-07-01 list) → the old units it was formed from. */
  readonly formedFrom: ReadonlyMap<string, readonly MappingLink[]>;
  readonly warnings: readonly Finding[];
}

interface Compact {
  snapshots: [
    { effective: string; basis: string; districts: [string, string, string][]; communes: string },
    { effective: string; basis: string; communes: string },
    {
      effective: string;
      basis: string;
      changed: [string, string, string][];
      removed: string[];
    },
  ];
  formedFrom: string;
  mappingNames: [string, string][];
}

const REFORM_EVE = "2025-06-30";

function warning(code: UnitCode, en: string, vi: string, data: Record<string, unknown>): Finding {
  return createFinding({ code, severity: UNIT_SEVERITIES[code], message: { vi, en }, data });
}

/** Rows "parent\tdelta|name\tdelta|name" back to [code, full name, parent]. */
function unpackRows(packed: string): [string, string, string][] {
  const rows: [string, string, string][] = [];
  let previous = 0;
  for (const line of packed.split("\n")) {
    const [parent = "", ...cells] = line.split("\t");
    for (const cell of cells) {
      const bar = cell.indexOf("|");
      previous += Number(cell.slice(0, bar));
      rows.push([String(previous).padStart(5, "0"), cell.slice(bar + 1), parent]);
    }
  }
  return rows;
}

function typeOf(
  typeWord: string,
  level: "district" | "commune",
  parentType: UnitType | undefined,
): UnitType | undefined {
  if (typeWord === "thành phố") {
    if (level === "commune") return undefined;
    return parentType === "thành phố trực thuộc trung ương"
      ? "thành phố thuộc thành phố trực thuộc trung ương"
      : "thành phố thuộc tỉnh";
  }
  return typeWord as UnitType;
}

let cached: Registry | undefined;

/**
 * The decoded registry: parsed and indexed on the first call, then shared.
 *
 * @returns the registry
 */
export function registry(): Registry {
  cached ??= decode(JSON.parse(REGISTRY_JSON) as Compact);
  return cached;
}

function decode(compact: Compact): Registry {
  const warnings: Finding[] = [];
  const [before, reform, latest] = compact.snapshots;
  const provincesOf = (day: string): AdministrativeUnit[] =>
    PROVINCE_UNITS.filter((u) => inForce(u, day));

  const unit = (
    row: [string, string, string],
    level: "district" | "commune",
    parentType: UnitType | undefined,
    validity: { validFrom?: string; validTo?: string },
    source: string,
  ): AdministrativeUnit | undefined => {
    const [code, fullName, parent] = row;
    const split = splitOfficialName(fullName);
    const type = split === undefined ? undefined : typeOf(split.typeWord, level, parentType);
    if (split === undefined || type === undefined) {
      warnings.push(
        warning(
          "UNIT_DATA_UNREADABLE_NAME",
          `${source}: "${fullName}" (${code}) does not start with a known unit type; left out.`,
          `${source}: "${fullName}" (${code}) không bắt đầu bằng loại đơn vị đã biết; bỏ qua.`,
          { code, name: fullName, source },
        ),
      );
      return undefined;
    }
    if (split.lowerCaseType) {
      warnings.push(
        warning(
          "UNIT_DATA_LOWER_CASE_TYPE",
          `${source}: "${fullName}" (${code}) writes its type in lower case; read as "${type}".`,
          `${source}: "${fullName}" (${code}) viết loại đơn vị bằng chữ thường; đọc là "${type}".`,
          { code, name: fullName, source },
        ),
      );
    }
    return { code, name: split.name, type, level, parent, ...validity };
  };
  const keep = (u: AdministrativeUnit | undefined): u is AdministrativeUnit => u !== undefined;

  // 1/3/2025: provinces, districts, communes.
  const oldProvinces = provincesOf(before.effective);
  const provinceType = new Map(oldProvinces.map((p) => [p.code, p.type]));
  const districts = before.districts
    .map((row) =>
      unit(row, "district", provinceType.get(row[2]), { validTo: REFORM_EVE }, before.effective),
    )
    .filter(keep);
  const oldCommunes = unpackRows(before.communes)
    .map((row) => unit(row, "commune", undefined, { validTo: REFORM_EVE }, before.effective))
    .filter(keep);

  // 1/7/2025 and 30/4/2026: the later snapshot is stored as its differences.
  const lastReformDay = dayBefore(latest.effective);
  const changed = new Map(latest.changed.map((row) => [row[0], row]));
  const removed = new Set(latest.removed);
  const reformCommunes: AdministrativeUnit[] = [];
  const latestCommunes: AdministrativeUnit[] = [];
  for (const row of unpackRows(reform.communes)) {
    const first = unit(
      row,
      "commune",
      undefined,
      { validFrom: reform.effective },
      reform.effective,
    );
    if (first === undefined) continue;
    const laterRow = changed.get(row[0]);
    const later =
      laterRow === undefined
        ? undefined
        : unit(laterRow, "commune", undefined, { validFrom: latest.effective }, latest.effective);
    // A later row that differs only in tone placement or case is the same unit, spelt otherwise.
    const realChange =
      later !== undefined &&
      (later.type !== first.type ||
        nameKey(later.name) !== nameKey(first.name) ||
        later.parent !== first.parent);
    if (realChange || removed.has(row[0])) {
      const ended = { ...first, validTo: lastReformDay };
      reformCommunes.push(ended);
      if (later !== undefined)
        latestCommunes.push({ ...later, formedFrom: [{ code: row[0], whole: true }] });
    } else {
      reformCommunes.push(first);
      latestCommunes.push(first);
    }
  }

  const snapshots: Snapshot[] = [
    {
      effective: before.effective,
      basis: before.basis,
      units: [...oldProvinces, ...districts, ...oldCommunes],
    },
    {
      effective: reform.effective,
      basis: reform.basis,
      units: [...provincesOf(reform.effective), ...reformCommunes],
    },
    {
      effective: latest.effective,
      basis: latest.basis,
      units: [...provincesOf(latest.effective), ...latestCommunes],
    },
  ];
  const formedFrom = decodeMapping(compact, oldCommunes, districts, reformCommunes, warnings);
  return { snapshots, formedFrom, warnings };
}

function decodeMapping(
  compact: Compact,
  oldCommunes: readonly AdministrativeUnit[],
  districts: readonly AdministrativeUnit[],
  reformCommunes: readonly AdministrativeUnit[],
  warnings: Finding[],
): Map<string, readonly MappingLink[]> {
  const oldByCode = new Map(oldCommunes.map((u) => [u.code ?? "", u]));
  const districtByCode = new Map(districts.map((u) => [u.code ?? "", u]));
  const newByCode = new Map(reformCommunes.map((u) => [u.code ?? "", u]));
  const mappingName = new Map(compact.mappingNames);
  const formedFrom = new Map<string, readonly MappingLink[]>();
  const unknownOld: string[] = [];
  const islandDistricts: string[] = [];
  let previous = 0;
  for (const line of compact.formedFrom.split("\n")) {
    const colon = line.indexOf(":");
    previous += Number(line.slice(0, colon));
    const mapCode = String(previous).padStart(5, "0");
    const links = line
      .slice(colon + 1)
      .split(" ")
      .map((c) => ({ code: c.replace("-", ""), whole: !c.endsWith("-") }));
    for (const link of links) {
      if (link.code.length === 3 && districtByCode.has(link.code)) islandDistricts.push(link.code);
      else if (!oldByCode.has(link.code)) unknownOld.push(link.code);
    }
    const code = resolveNewCode(
      mapCode,
      links,
      mappingName,
      newByCode,
      oldByCode,
      districtByCode,
      warnings,
    );
    if (code !== undefined) formedFrom.set(code, links);
  }
  for (const [code, name] of mappingName) {
    const listed = newByCode.get(code);
    const split = splitOfficialName(name);
    if (
      listed !== undefined &&
      split !== undefined &&
      nameKey(split.name) !== nameKey(listed.name)
    ) {
      warnings.push(
        warning(
          "UNIT_DATA_NAME_SPELLING",
          `The formed-from mapping writes ${code} as "${name}"; the unit list has "${listed.name}", which is used.`,
          `Bảng sắp xếp ghi mã ${code} là "${name}"; danh mục ghi "${listed.name}" (dùng tên này).`,
          { code, mappingName: name, listName: listed.name },
        ),
      );
    }
  }
  if (unknownOld.length > 0) {
    warnings.push(
      warning(
        "UNIT_DATA_UNKNOWN_OLD_CODE",
        `The formed-from mapping names ${unknownOld.length} old codes that are not in the 1/3/2025 list (communes merged before it): ${unknownOld.join(", ")}. They appear in predecessor lists without a unit.`,
        `Bảng sắp xếp nêu ${unknownOld.length} mã cũ không có trong danh mục 1/3/2025 (xã đã sáp nhập trước đó): ${unknownOld.join(", ")}.`,
        { codes: unknownOld },
      ),
    );
  }
  if (islandDistricts.length > 0) {
    const names = islandDistricts.map((c) => districtByCode.get(c)?.name ?? c);
    warnings.push(
      warning(
        "UNIT_DATA_NO_COMMUNE_LEVEL",
        `${islandDistricts.length} districts had no commune level before the reform (${names.join(", ")}); the mapping names them by district code.`,
        `${islandDistricts.length} huyện không có đơn vị cấp xã trước sắp xếp (${names.join(", ")}); bảng sắp xếp ghi theo mã huyện.`,
        { codes: islandDistricts, names },
      ),
    );
  }
  return formedFrom;
}

/** The list's code for a mapping code; warns when the two sources disagree. */
function resolveNewCode(
  mapCode: string,
  links: readonly MappingLink[],
  mappingName: ReadonlyMap<string, string>,
  newByCode: ReadonlyMap<string, AdministrativeUnit>,
  oldByCode: ReadonlyMap<string | undefined, AdministrativeUnit>,
  districtByCode: ReadonlyMap<string | undefined, AdministrativeUnit>,
  warnings: Finding[],
): string | undefined {
  if (newByCode.has(mapCode)) return mapCode;
  const name = mappingName.get(mapCode) ?? "";
  const split = splitOfficialName(name);
  // The province the old units lay in: the new unit must lie in the province formed from it.
  const oldProvinces = new Set(
    links.map((l) => {
      const old = oldByCode.get(l.code);
      const district = districtByCode.get(old?.parent ?? l.code);
      return district?.parent;
    }),
  );
  const candidates = [...newByCode.values()].filter(
    (u) =>
      split !== undefined &&
      u.type === split.typeWord &&
      nameKey(u.name) === nameKey(split.name) &&
      PROVINCE_UNITS.some(
        (p) =>
          p.code === u.parent &&
          p.validFrom !== undefined &&
          (p.formedFrom ?? []).some((f) => oldProvinces.has(f.code)),
      ),
  );
  const match = candidates.length === 1 ? candidates[0] : undefined;
  if (match?.code === undefined) {
    warnings.push(
      warning(
        "UNIT_DATA_UNRESOLVED_CODE",
        `The formed-from mapping names ${mapCode} ("${name}"), which the unit list lacks; its predecessors are left out.`,
        `Bảng sắp xếp nêu mã ${mapCode} ("${name}") không có trong danh mục; bỏ qua.`,
        { code: mapCode, name },
      ),
    );
    return undefined;
  }
  warnings.push(
    warning(
      "UNIT_DATA_CODE_MISMATCH",
      `The formed-from mapping gives ${name} the code ${mapCode}; the unit list has ${match.code}, which is used.`,
      `Bảng sắp xếp ghi ${name} mã ${mapCode}; danh mục ghi mã ${match.code} (dùng mã này).`,
      { mappingCode: mapCode, listCode: match.code, name },
    ),
  );
  return match.code;
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
