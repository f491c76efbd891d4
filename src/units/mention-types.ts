import type { UnitLevel, UnitType } from "./types.js";

/** Who speaks for a unit in a mention ("UBND huyện X", "Huyện ủy X", "HĐND tỉnh Y"). */
export type UnitOrgan = "people's committee" | "people's council" | "party committee";

/** A named unit in a text: "huyện Sông Lô", "TP. Huế", "thị trấn Phan Rí Cửa". */
export interface NamedUnitMention {
  readonly kind: "unit";
  /** The most likely type; "thành phố" is read as centrally-run when the name is a province's. */
  readonly type: UnitType;
  /** Every type the written type word can mean (several for "thành phố"/"TP."). */
  readonly types: readonly UnitType[];
  /** The level of `type`. */
  readonly level: UnitLevel;
  /** The name as written, in NFC ("Sông Lô", "SÔNG LÔ" in a header). */
  readonly name: string;
  /** The type word(s) as written ("huyện", "TP.", "HUYỆN"). */
  readonly typeText: string;
  /** The organ written with it (UBND, HĐND, "Tỉnh ủy"...), if any. */
  readonly organ?: UnitOrgan;
  /** Offset of the type word in the original text. */
  readonly start: number;
  /** Offset past the name. */
  readonly end: number;
  /** Offset of the name. */
  readonly nameStart: number;
}

/** A count of units: "14 xã", "01 thị trấn", "148 xã, phường, thị trấn", "15 đơn vị hành chính". */
export interface UnitCountMention {
  readonly kind: "count";
  /** The number as written ("01", "1.726"). */
  readonly count: string;
  /** Its value. */
  readonly value: number;
  /** The types counted together (empty for "đơn vị hành chính"). */
  readonly types: readonly UnitType[];
  /** The level, when written ("đơn vị hành chính cấp xã") or implied by the types. */
  readonly level?: UnitLevel;
  /** Offset of the number. */
  readonly start: number;
  /** Offset past the last type word. */
  readonly end: number;
}

/** A coverage figure: "14/14 xã, thị trấn" (numerator of denominator units). */
export interface UnitCoverageMention {
  readonly kind: "coverage";
  /** The numerator as written. */
  readonly part: string;
  /** The denominator as written. */
  readonly whole: string;
  /** Numerator value. */
  readonly partValue: number;
  /** Denominator value. */
  readonly wholeValue: number;
  /** The types covered (empty for "đơn vị hành chính"). */
  readonly types: readonly UnitType[];
  /** The level, when written or implied. */
  readonly level?: UnitLevel;
  /** Offset of the numerator. */
  readonly start: number;
  /** Offset past the last type word. */
  readonly end: number;
}

/** Anything {@link findAdministrativeUnits} recognises. */
export type UnitMention = NamedUnitMention | UnitCountMention | UnitCoverageMention;
