import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error answered as `{"error": code, "message": words, ...extra}` with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The JSON body of this error. */
  body(): Record<string, unknown> {
    return { error: this.code, message: this.message, ...this.extra };
  }
}

/** 400 with the reasons a body was refused, one per JSON path. */
export function badRequest(message: string, errors: string[] = []): HttpError {
  return new HttpError(400, 'invalid-body', message, errors.length > 0 ? { errors } : {});
}

/** 403: the caller's role or team may not do this. */
export function forbidden(message: string): HttpError {
  return new HttpError(403, 'forbidden', message);
}

/** 404 for a missing resource. */
export function notFound(code: string, message: string): HttpError {
  return new HttpError(404, code, message);
}
