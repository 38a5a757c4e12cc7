// Bảng chỉ tiêu: an indicator table of a Báo cáo tổng kết — plan and actual of year N against
// the year before. The percentages are computed by compose, never typed.
import { z } from './zod';
import { text } from './text';

const figure = z.number().finite().nullable();

export const indicatorRowSchema = z.object({
  name: text.pipe(z.string().max(500)),
  unit: text.pipe(z.string().max(50)),
  plan: figure,
  actual: figure,
  previous: figure,
});

export const indicatorsSchema = z.object({
  type: z.literal('indicators'),
  caption: text.optional(),
  /** Year N of the columns; empty means the report year of the document's date. */
  year: z.number().int().min(1945).max(2100).optional(),
  rows: z.array(indicatorRowSchema).max(2000),
  /** Draw a bar chart of plan against actual under the table. */
  chart: z.boolean().optional(),
});

export type IndicatorRow = z.output<typeof indicatorRowSchema>;
export type IndicatorsBlock = z.output<typeof indicatorsSchema>;
