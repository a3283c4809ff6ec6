/** The Great Return figures of a settlement project (`resettlement` in data/projects.geojson). */
import { z } from 'zod';
import { partialDate, sourceRef } from './schema-primitives.ts';

const count = z.number().int().nonnegative();

/** One sourced Great Return figure: how many had moved in by `date` (cumulative). */
export const resettlementPoint = z.strictObject({
  date: partialDate,
  families: count.optional(),
  residents: count.optional(),
  sources: z.array(sourceRef).min(1, { message: 'needs at least one source' }),
});
export type ResettlementPoint = z.infer<typeof resettlementPoint>;

/** The parsed Great Return figures: the latest figure, and the series when the file gives one. */
export interface Resettlement {
  families?: number;
  residents?: number;
  date: string;
  series?: ResettlementPoint[];
}

/**
 * A settlement's Great Return figures: one figure (`families`, `residents`, `date`; its sources are the
 * project's) or a `series` of dated, sourced figures, oldest first. Either way the parsed value carries the
 * latest figure in `families`, `residents` and `date`, so whatever shows "today" reads one shape; `series`
 * is kept when the file gives one (time-checks.ts checks its order).
 */
export const resettlement = z
  .strictObject({
    families: count.optional(),
    residents: count.optional(),
    date: partialDate.optional(),
    series: z.array(resettlementPoint).min(1, { message: 'needs at least one figure' }).optional(),
  })
  .superRefine((value, ctx) => {
    const single = value.date !== undefined || value.families !== undefined || value.residents !== undefined;
    if (value.series && single) {
      ctx.addIssue({
        code: 'custom',
        path: ['series'],
        message: 'give either one figure (date, families, residents) or a series of dated figures, not both',
      });
    } else if (!value.series && value.date === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['date'] });
    }
  })
  .transform(({ series, ...single }): Resettlement => {
    const latest = series?.at(-1);
    if (!series || !latest) return { ...single, date: single.date ?? '' };
    const { families, residents, date } = latest;
    return {
      ...(families === undefined ? {} : { families }),
      ...(residents === undefined ? {} : { residents }),
      date,
      series,
    };
  });
