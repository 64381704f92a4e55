import type { ApiError } from '../../schema/sync-contract';
import { TalApiError } from '../../sync/errors';
import { REFUSAL_CODES } from '../../tal/refusal';
import type { Refusal } from './tal-service';

const KNOWN: ReadonlySet<string> = new Set(REFUSAL_CODES);

/**
 * The server's refusal (a 4xx answer, or the error body an outbox item kept) in the service's shape:
 * spec §6's codes as they are, a 403 as `forbidden`, anything else as `invalid` with the server's words.
 * Undefined for errors that are not refusals (unreachable server, server fault).
 */
export function refusalFromServer(error: unknown): Refusal | undefined {
  const body: ApiError | undefined =
    error instanceof TalApiError ? (error.status < 500 ? error.body : undefined) : isApiError(error) ? error : undefined;
  if (!body) return undefined;
  const status = error instanceof TalApiError ? error.status : undefined;
  const code = KNOWN.has(body.error) ? (body.error as Refusal['code']) : status === 403 ? 'forbidden' : 'invalid';
  return {
    code,
    message: body.message,
    ...(body.used === undefined ? {} : { used: body.used }),
    ...(body.limit === undefined ? {} : { limit: body.limit }),
  };
}

function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).error === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}
