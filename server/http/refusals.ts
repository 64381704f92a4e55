import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Refusal, RefusalCode } from '../../lib/tal/refusal';
import { HttpError } from './errors';

const STATUS: Record<RefusalCode, ContentfulStatusCode> = {
  'missing-reason': 400,
  'unknown-account': 404,
  'unknown-team': 409,
  duplicate: 409,
  'quota-exceeded': 409,
  'already-decided': 409,
  forbidden: 403,
  'not-your-team': 403,
  'own-proposal': 403,
};

/** A lib/tal refusal as the HTTP error spec §6 gives for it. */
export function refusalError(refusal: Refusal): HttpError {
  const { error, message, ...extra } = refusal;
  return new HttpError(STATUS[error], error, message, extra);
}
