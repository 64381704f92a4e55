import { z } from 'zod';

/** One problem in one row of an account file: the spreadsheet row (header = 1), the field, the reason. */
export const RowIssueSchema = z.object({
  row: z.number().int().min(1),
  field: z.string(),
  message: z.string().min(1),
});

/** The report of spec §5 `tal import --dry-run`: counts, every error and warning, and the header mapping. */
export const ImportReportSchema = z.object({
  rows: z.number().int().nonnegative(),
  valid: z.number().int().nonnegative(),
  errors: z.array(RowIssueSchema),
  warnings: z.array(RowIssueSchema),
  mapping: z.record(z.string(), z.string()),
});

export type RowIssue = z.infer<typeof RowIssueSchema>;
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** The error of a row whose account id an earlier row has: the first stands (spec §1). */
export function repeatedIdError(row: number, id: string, first: number, derived: boolean): RowIssue {
  return {
    row,
    field: 'id',
    message: derived
      ? `same account as row ${first} (id "${id}", derived from its domain or name): the row is left out`
      : `id "${id}" repeats row ${first}: the row is left out (the first stands)`,
  };
}
