import { z } from 'zod';

/** Where an import is: reading the file, merging the previous cache, or writing the indexes (its own file: workers import it without Dexie). */
export const ImportProgressSchema = z.object({
  phase: z.enum(['reading', 'merging', 'indexing']),
  charactersRead: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  valid: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
export type ImportPhase = ImportProgress['phase'];
