import { z } from 'zod';
import type { Account } from '../schema/account';
import { MemberSchema, type NewMember } from '../schema/member';
import { type Playbook, PlaybookSchema } from '../schema/playbook';
import { type Decision, ProposalSchema, type ProposalStatus } from '../schema/proposal';
import { RecertificationListSchema, type RecertifyRequest } from '../schema/recertification';
import { SharedAnswersSchema } from '../schema/shared-answers';
import {
  AccountChangesSchema,
  AccountsUploadResultSchema,
  ApiErrorSchema,
  CreatedMemberSchema,
  MemberListSchema,
  type PlaybookSavedOnServer,
  PlaybookSavedOnServerSchema,
  PlaybookSavedSchema,
  TalSnapshotSchema,
} from '../schema/sync-contract';
import type { ProposalRequest } from '../tal/new-proposal';
import { QuotaUsageSchema } from '../tal/quota';
import { TalApiError, TalNetworkError, TalProtocolError } from './errors';

/** The part of `fetch` the client uses; tests pass a fake or the app's `request`. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface TalClientOptions {
  /** The server's address, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string;
  token: string;
  fetch: FetchLike;
}

const OkSchema = z.object({ ok: z.literal(true) });

/** A typed client for the team server's API (spec §6); every answer is checked with zod. */
export function createTalClient({ baseUrl, token, fetch }: TalClientOptions) {
  const root = baseUrl.replace(/\/+$/, '');

  async function call<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown, headers: Record<string, string> = {}) {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${root}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      text = await response.text();
    } catch (error) {
      throw new TalNetworkError(`cannot reach the team server at ${root}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    const json = parseJson(text);
    if (!response.ok) {
      const parsed = ApiErrorSchema.safeParse(json);
      throw new TalApiError(
        response.status,
        parsed.success ? parsed.data : { error: `http-${response.status}`, message: text.slice(0, 300) },
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new TalProtocolError(`${method} ${path}: unexpected answer (${parsed.error.issues[0]?.message ?? 'not JSON'})`);
    return parsed.data as z.infer<S>;
  }

  return {
    /** `GET /api/health`. */
    health: () => call('GET', '/api/health', OkSchema),
    /** `GET /api/me`: whose token this is. */
    me: () => call('GET', '/api/me', MemberSchema),
    /** `POST /api/members` (admin). */
    createMember: (member: NewMember) => call('POST', '/api/members', CreatedMemberSchema, member),
    /** `GET /api/members` (admin: everyone; manager: their team). */
    members: async () => (await call('GET', '/api/members', MemberListSchema)).members,
    /** `DELETE /api/members/<id>` (admin): the token stops working at once. */
    revokeMember: (id: string) =>
      call('DELETE', `/api/members/${encodeURIComponent(id)}`, MemberSchema.extend({ revoked: z.literal(true) })),
    /** `POST /api/members/<id>/token` (admin): a new token, shown once; the old one stops working. */
    newMemberToken: (id: string) => call('POST', `/api/members/${encodeURIComponent(id)}/token`, CreatedMemberSchema, {}),
    /** `GET /api/playbook`, checked like a file; null before the first playbook is put. */
    async playbook(): Promise<Playbook | null> {
      try {
        return await call('GET', '/api/playbook', PlaybookSchema);
      } catch (error) {
        if (error instanceof TalApiError && error.status === 404) return null;
        throw error;
      }
    },
    /** `GET /api/playbook/current`: the playbook in force, checked like a file, with when and by whom it was saved; null before the first. */
    async currentPlaybook(): Promise<{ playbook: Playbook; saved: PlaybookSavedOnServer } | null> {
      try {
        const { playbook, ...saved } = await call(
          'GET',
          '/api/playbook/current',
          PlaybookSavedOnServerSchema.extend({ playbook: PlaybookSchema }),
        );
        return { playbook, saved };
      } catch (error) {
        if (error instanceof TalApiError && error.status === 404) return null;
        throw error;
      }
    },
    /** `PUT /api/playbook` (admin or manager). */
    putPlaybook: (document: unknown) => call('PUT', '/api/playbook', PlaybookSavedSchema, document),
    /** `PUT /api/accounts` (admin): one batch, upserted by id. */
    putAccounts: (accounts: readonly Account[]) => call('PUT', '/api/accounts', AccountsUploadResultSchema, accounts),
    /** `POST /api/account-uploads` (admin): begins a staged upload, applied only by its commit. */
    beginUpload: () => call('POST', '/api/account-uploads', z.object({ id: z.string() }), {}),
    /** `PUT /api/account-uploads/<id>/batches/<n>` (admin): stages one batch; sending it again replaces it. */
    putUploadBatch: (upload: string, batch: number, accounts: readonly Account[]) =>
      call(
        'PUT',
        `/api/account-uploads/${encodeURIComponent(upload)}/batches/${batch}`,
        OkSchema.extend({ accounts: z.number().int() }),
        accounts,
      ),
    /** `POST /api/account-uploads/<id>/commit` (admin): applies every staged batch in one transaction; a retry answers the same. */
    commitUpload: (upload: string) =>
      call('POST', `/api/account-uploads/${encodeURIComponent(upload)}/commit`, AccountsUploadResultSchema, {}),
    /** `DELETE /api/account-uploads/<id>` (admin): forgets an upload not committed. */
    discardUpload: (upload: string) => call('DELETE', `/api/account-uploads/${encodeURIComponent(upload)}`, OkSchema),
    /** `DELETE /api/accounts/<id>` (admin). */
    deleteAccount: (id: string) => call('DELETE', `/api/accounts/${encodeURIComponent(id)}`, OkSchema.extend({ id: z.string() })),
    /** `GET /api/accounts?since=`: one page of account changes. */
    accountChanges: (since?: string, limit?: number) =>
      call('GET', `/api/accounts${query({ since, limit: limit === undefined ? undefined : String(limit) })}`, AccountChangesSchema),
    /** `POST /api/proposals`; the same `idempotencyKey` on a retry returns the same proposal. */
    createProposal: (request: ProposalRequest, idempotencyKey?: string) =>
      call('POST', '/api/proposals', ProposalSchema, request, idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
    /** `GET /api/proposals?status=`: those the caller may see. */
    proposals: (status?: ProposalStatus) => call('GET', `/api/proposals${query({ status })}`, z.array(ProposalSchema)),
    /** `POST /api/proposals/<id>/decision` (manager of the team, or admin). */
    decide: (id: string, decision: Decision) => call('POST', `/api/proposals/${encodeURIComponent(id)}/decision`, ProposalSchema, decision),
    /** `POST /api/proposals/<id>/withdraw` (its proposer). */
    withdraw: (id: string) => call('POST', `/api/proposals/${encodeURIComponent(id)}/withdraw`, ProposalSchema),
    /** `GET /api/quota`: the caller's team (an admin names one). */
    quota: (team?: string) => call('GET', `/api/quota${query({ team })}`, QuotaUsageSchema),
    /** `GET /api/recertifications?period=`: the period's recertifications the caller may see (the current period by default). */
    recertifications: (period?: string) => call('GET', `/api/recertifications${query({ period })}`, RecertificationListSchema),
    /** `POST /api/recertifications`: keeps or removes TAL accounts for this period, with a reason. */
    recertify: (request: RecertifyRequest) => call('POST', '/api/recertifications', RecertificationListSchema, request),
    /** `GET /api/answers?since=`: the caller's team's judgments on accounts. */
    sharedAnswers: async (since?: string) =>
      (await call('GET', `/api/answers${query({ since })}`, z.object({ answers: z.array(SharedAnswersSchema) }))).answers,
    /** `PUT /api/answers/<accountId>`: this member's judgments on an account, for their team. */
    putAnswers: (accountId: string, body: { answers: Record<string, boolean>; notes: Record<string, string> }) =>
      call('PUT', `/api/answers/${encodeURIComponent(accountId)}`, SharedAnswersSchema, body),
    /** `GET /api/tal`: the accounts on the TAL and the approved changes. */
    tal: () => call('GET', '/api/tal', TalSnapshotSchema),
  };
}

/** A client bound to one server and token. */
export type TalClient = ReturnType<typeof createTalClient>;

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}
