import * as z from "zod/mini";
import { UNIT_TYPE_LEVELS, UNIT_TYPES, type UnitType } from "./types.js";

const CODE = /^\d{2,5}$/u;

const isoDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/u, "Write the date as YYYY-MM-DD, for example 2025-07-01"),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "This day does not exist in the calendar"),
);

/**
 * The zod schema of one {@link AdministrativeUnit}: the runtime check of records loaded with
 * {@link loadUnits} and of the embedded province dataset. Its `level` must be the level of its
 * `type`, and `validTo` may not come before `validFrom`.
 */
export const administrativeUnitSchema = z
  .readonly(
    z.object({
      code: z.optional(
        z
          .string()
          .check(
            z.regex(CODE, "A statistical code is 2 (province), 3 (district) or 5 (commune) digits"),
          ),
      ),
      name: z.string().check(z.trim(), z.minLength(1, "A unit needs a name")),
      type: z.enum(UNIT_TYPES as [UnitType, ...UnitType[]]),
      level: z.enum(["province", "district", "commune", "village"]),
      parent: z.optional(z.string().check(z.minLength(1))),
      validFrom: z.optional(isoDay),
      validTo: z.optional(isoDay),
      formedFrom: z.optional(
        z.readonly(
          z.array(
            z.readonly(z.object({ code: z.string().check(z.regex(CODE)), whole: z.boolean() })),
          ),
        ),
      ),
    }),
  )
  .check(
    z.superRefine((unit, ctx) => {
      if (UNIT_TYPE_LEVELS[unit.type] !== unit.level) {
        ctx.addIssue({
          code: "custom",
          path: ["level"],
          message: `A ${unit.type} is a ${UNIT_TYPE_LEVELS[unit.type]}-level unit, not ${unit.level}-level`,
        });
      }
      if (
        unit.validFrom !== undefined &&
        unit.validTo !== undefined &&
        unit.validTo < unit.validFrom
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["validTo"],
          message: "validTo comes before validFrom",
        });
      }
    }),
  );

/**
 * One administrative unit (đơn vị hành chính), or a village-level group below one, as it stood
 * for a period.
 *
 * - `code`: the national statistical code (mã đơn vị hành chính) where one exists: 2 digits for a
 *   province, 3 for a district, 5 for a commune; villages have none.
 * - `name`: the proper name without its type ("Sông Lô", not "Huyện Sông Lô").
 * - `parent`: the code of the unit it belongs to (a district or, from 1/7/2025, a province).
 * - `validFrom` / `validTo`: first and last day in force (ISO `YYYY-MM-DD`, both inclusive);
 *   absent when not recorded.
 * - `formedFrom`: the units it was formed from (`whole: false` = only part of one went into it).
 */
export type AdministrativeUnit = z.infer<typeof administrativeUnitSchema>;
