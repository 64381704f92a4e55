import type { Refusal as TalRefusal } from '../../tal/refusal';
import type { Refusal } from './tal-service';

/** A refusal of lib/tal's rules (the server's error body, `error`) in the service's shape (`code`). */
export function fromTalRefusal({ error, message, used, limit }: TalRefusal): Refusal {
  return { code: error, message, ...(used === undefined ? {} : { used }), ...(limit === undefined ? {} : { limit }) };
}

/** A refusal for a request the service cannot read (a bad body, an unknown proposal id). */
export function invalid(message: string): Refusal {
  return { code: 'invalid', message };
}
