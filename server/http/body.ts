import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { formatIssues } from '../../lib/schema/issues';
import { unsafeJsonProblem } from '../../lib/schema/json-safety';
import { badRequest, HttpError } from './errors';

/** Ordinary JSON bodies. */
export const MAX_BODY = 1024 * 1024;
/** An accounts upload: a whole CRM export. */
export const MAX_ACCOUNTS_BODY = 50 * 1024 * 1024;

/** Answers 413 for a body over `maxSize` bytes, before it is read whole. */
export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json({ error: 'too-large', message: `the body exceeds ${maxSize} bytes` }, 413),
  });
}

/**
 * Reads the body as JSON: 400 when it is not JSON, nests deeper than 64 levels, or holds a text
 * with a NUL character or an unpaired surrogate (naming the JSON path), before any schema sees it.
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'malformed-json', `the body is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const problem = unsafeJsonProblem(value);
  if (problem !== undefined) throw new HttpError(400, 'invalid-body', `the body was refused: ${problem}`, { errors: [problem] });
  return value;
}

/** Reads and validates the body: 400 with every problem by JSON path (unknown fields included). */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJson(c));
  if (!parsed.success) {
    const errors = formatIssues(parsed.error);
    throw badRequest(`the body was refused: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? '; …' : ''}`, errors);
  }
  return parsed.data;
}
