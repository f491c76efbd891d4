import * as z from "zod/mini";
import { daysInMonth, isoOf } from "./shapes.js";

const part = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

/**
 * The zod schema of a {@link VietnameseDate} (checks the shape and that `iso` agrees with the
 * parts; an impossible day such as 31/02 is rejected). A zod/mini schema, in a module of its own
 * so that a program that only reads dates never carries it.
 *
 * @example
 * ```ts
 * import { vietnameseDateSchema } from "baocao";
 *
 * vietnameseDateSchema.safeParse({ year: 2020, precision: "year", iso: "2020" }).success; // true
 * ```
 */
export const vietnameseDateSchema = z
  .object({
    year: part(1000, 2999),
    month: z.optional(part(1, 12)),
    day: z.optional(part(1, 31)),
    precision: z.enum(["day", "month", "year"]),
    iso: z.string(),
  })
  .check(
    z.refine((d) => isoOf(d.year, d.month, d.day) === d.iso, {
      message: "iso must match year, month and day at the given precision",
    }),
    z.refine(
      (d) =>
        (d.precision === "year" && d.month === undefined && d.day === undefined) ||
        (d.precision === "month" && d.month !== undefined && d.day === undefined) ||
        (d.precision === "day" &&
          d.month !== undefined &&
          d.day !== undefined &&
          d.day <= daysInMonth(d.year, d.month)),
      { message: "the parts present must match the precision and be a real date" },
    ),
  );
