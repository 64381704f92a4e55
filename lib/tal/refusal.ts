import { z } from 'zod';

export const REFUSAL_CODES = [
  'missing-reason',
  'unknown-account',
  'duplicate',
  'quota-exceeded',
  'unknown-team',
  'already-decided',
  'forbidden',
  'not-your-team',
  'own-proposal',
] as const;

/** Why a proposal, decision or withdrawal was refused, in the shape of the server's error body. */
export const RefusalSchema = z.object({
  error: z.enum(REFUSAL_CODES),
  message: z.string(),
  used: z.number().int().optional(),
  limit: z.number().int().optional(),
});

export type Refusal = z.infer<typeof RefusalSchema>;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Either the value or the reason it was refused. */
export type Checked<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal };

/** Builds a refusal result. */
export function refuse(
  error: RefusalCode,
  message: string,
  extra: { used?: number; limit?: number } = {},
): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { error, message, ...extra } };
}
