import type * as z from "zod/mini";
import type { indicatorSchema } from "./schema.js";

/** An indicator as written before validation (what {@link createCatalogue} accepts). */
export type IndicatorInput = z.input<typeof indicatorSchema>;
