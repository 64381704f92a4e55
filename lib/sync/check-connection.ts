import type { Member } from '../schema/member';
import { ServerUrlSchema, sendsTokenInClear } from '../settings/team';
import type { FetchLike } from './client';
import { TalApiError, TalNetworkError, TalProtocolError } from './errors';
import { teamClient } from './team-client';

export const CONNECTION_PROBLEMS = ['invalid-url', 'insecure', 'unauthorized', 'unreachable', 'not-tal-server', 'failed'] as const;
export type ConnectionProblem = (typeof CONNECTION_PROBLEMS)[number];

/** Whether a server address and token work: who the token belongs to, or what is wrong in a kind the UI words. */
export type ConnectionCheck = { ok: true; url: string; member: Member } | { ok: false; problem: ConnectionProblem; detail: string };

/**
 * Checks an address and token with `GET /api/me`: 401 is a token the server refuses; no answer is an
 * unreachable server (or one that refuses this extension's origin); an answer that is not the API
 * (a 404 page, HTML, other JSON) is not a TAL server. An `http://` address beyond this machine is
 * refused (`insecure`) unless the user chose to send the token unencrypted (`allowInsecure`).
 */
export async function checkConnection(
  url: string,
  token: string,
  fetch?: FetchLike,
  options: { allowInsecure?: boolean } = {},
): Promise<ConnectionCheck> {
  const parsed = ServerUrlSchema.safeParse(url);
  if (!parsed.success) return { ok: false, problem: 'invalid-url', detail: url };
  if (sendsTokenInClear(parsed.data) && !options.allowInsecure) return { ok: false, problem: 'insecure', detail: parsed.data };
  try {
    const member = await teamClient({ url: parsed.data, token: token.trim() }, fetch).me();
    return { ok: true, url: parsed.data, member };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof TalApiError && error.status === 401) return { ok: false, problem: 'unauthorized', detail };
    if (error instanceof TalNetworkError) return { ok: false, problem: 'unreachable', detail };
    if (error instanceof TalProtocolError || (error instanceof TalApiError && error.status === 404))
      return { ok: false, problem: 'not-tal-server', detail };
    return { ok: false, problem: 'failed', detail };
  }
}
