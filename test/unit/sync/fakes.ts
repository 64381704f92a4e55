import type { OutboxItem, OutboxStorage } from '../../../lib/schema/outbox-item';
import type { FetchLike } from '../../../lib/sync/client';

/** One request the fake fetch saw. */
export interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that answers from a handler and records every request. */
export function fakeFetch(handler: (request: SeenRequest) => Response | Promise<Response>): FetchLike & { seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const request: SeenRequest = {
      url,
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    seen.push(request);
    return handler(request);
  };
  return Object.assign(fetch, { seen });
}

/** A JSON response. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Outbox storage in a Map, as the Dexie table will be. */
export function memoryOutbox(): OutboxStorage & { items: Map<string, OutboxItem> } {
  const items = new Map<string, OutboxItem>();
  return {
    items,
    all: async () => [...items.values()].map((item) => structuredClone(item)),
    put: async (item) => {
      items.set(item.idempotencyKey, structuredClone(item));
    },
  };
}
