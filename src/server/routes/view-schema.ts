import type { z } from 'zod';

/**
 * A value as it travels in JSON: branded numbers and strings (FiscalYear, Decimal) become plain
 * ones, lists become readonly lists, objects lose their readonly marks.
 */
type Wire<T> = T extends { readonly __brand: unknown }
  ? T extends string
    ? string
    : number
  : T extends readonly (infer Item)[]
    ? readonly Wire<Item>[]
    : T extends object
      ? { -readonly [K in keyof T]: Wire<T[K]> }
      : T;

/** True when each type is assignable to the other: no field added, dropped or typed apart. */
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What the compiler shows when a schema and its view type have drifted apart. */
interface SchemaDiffersFromView<Schema, View> {
  readonly schemaDescribes: Schema;
  readonly viewIs: View;
}

/**
 * Ties a response schema to the TypeScript view type the presenter returns and the web app
 * reads (src/domain/api-contract.ts), so the two cannot drift: a field added to, dropped from
 * or typed differently in one of them is a compile error here.
 * @example export const planSummaryView = viewSchema<PlanSummaryView>()(z.object({ … }));
 */
export function viewSchema<View>() {
  return <Schema extends z.ZodType>(
    schema: Schema &
      (SameShape<Wire<z.output<Schema>>, Wire<View>> extends true
        ? unknown
        : SchemaDiffersFromView<Wire<z.output<Schema>>, Wire<View>>),
  ): Schema => schema;
}
