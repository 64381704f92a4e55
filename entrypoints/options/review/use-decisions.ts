import { useState } from 'react';
import type { Decision } from '@/lib/schema/proposal';
import type { Refusal, TalService } from '@/lib/services/tal/tal-service';

/** What happened to one proposal of a batch: decided, withdrawn, or refused with the service's reason. */
export type Outcome = { id: string; name: string; action: Decision['decision'] | 'withdraw'; refusal?: Refusal };
/** A proposal to act on, with the account name to report it by (it leaves the queue once decided). */
export type Target = { id: string; name: string };

/** Sends decisions one proposal at a time (each its own transaction) and keeps the last batch's outcomes. */
export function useDecisions(service: Pick<TalService, 'decide' | 'withdraw'>) {
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);

  const run = async (targets: readonly Target[], act: (id: string) => Promise<Omit<Outcome, 'id' | 'name'>>) => {
    setBusy(true);
    const done: Outcome[] = [];
    try {
      for (const target of targets) done.push({ ...target, ...(await act(target.id)) });
    } finally {
      setOutcomes(done);
      setBusy(false);
    }
    return done;
  };
  const refusalOf = (error: unknown): Refusal => ({ code: 'invalid', message: error instanceof Error ? error.message : String(error) });

  const decide = (targets: readonly Target[], decision: Decision['decision'], noteOf: (id: string) => string) =>
    run(targets, async (id) => {
      const note = noteOf(id).trim();
      try {
        const result = await service.decide(id, note === '' ? { decision } : { decision, note });
        return result.ok ? { action: decision } : { action: decision, refusal: result.refusal };
      } catch (error) {
        return { action: decision, refusal: refusalOf(error) };
      }
    });

  const withdraw = (target: Target) =>
    run([target], async (id) => {
      try {
        const result = await service.withdraw(id);
        return result.ok ? { action: 'withdraw' } : { action: 'withdraw', refusal: result.refusal };
      } catch (error) {
        return { action: 'withdraw', refusal: refusalOf(error) };
      }
    });

  return { busy, outcomes, decide, withdraw };
}
