import type { ApiError } from '../schema/sync-contract';

/** The server could not be reached (offline, down, refused): worth retrying later. */
export class TalNetworkError extends Error {
  override name = 'TalNetworkError';
}

/** The server answered with an error status and body (spec §6 `{error, message}`). */
export class TalApiError extends Error {
  override name = 'TalApiError';
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(`${status} ${body.error}: ${body.message}`);
  }

  /** Whether the same request may succeed later unchanged: server faults, overload, timeouts. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** The server answered 2xx with a body that does not match the API: a version mismatch, or not a TAL server. */
export class TalProtocolError extends Error {
  override name = 'TalProtocolError';
}

/** Whether an error from the client is worth retrying with the same request. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof TalNetworkError || error instanceof TalProtocolError) return true;
  // 401: a token that is wrong now may be replaced in the settings; the request itself is fine.
  return error instanceof TalApiError && (error.retryable || error.status === 401);
}
