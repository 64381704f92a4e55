import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { evidenceOf } from '@/lib/rules/evidence-of';
import type { Playbook } from '@/lib/schema/playbook';
import { type Suggestion, suggestFits } from '@/lib/services/suggestions';
import { SOLO_ACTOR_ID } from '@/lib/services/tal/solo-actor';
import type { Actor } from '@/lib/services/tal/tal-service';
import type { PlaybookNames } from '../playbook/playbook-names';
import { useOptionsServices } from '../services';

/** How many suggestions are listed. */
const SHOWN = 20;

type State = { kind: 'loading' } | { kind: 'ready'; list: Suggestion[] } | { kind: 'failed'; message: string };

/**
 * "Fits but not on the TAL": the accounts of the actor's team (every team for the solo user and an
 * admin) that fit the ICP and are neither listed nor proposed, best priority first, each with a
 * one-click proposal within the quota (the reason says why it was suggested).
 */
export function Suggestions({ actor, playbook, names, now }: { actor: Actor; playbook: Playbook; names: PlaybookNames; now: number }) {
  const { t, locale } = useI18n();
  const { db, tal } = useOptionsServices();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const everyTeam = actor.id === SOLO_ACTOR_ID || actor.role === 'admin';
  const mayPropose = actor.role !== 'admin';

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    suggestFits(db, compilePlaybook(playbook), {
      ...(everyTeam ? {} : { team: actor.team }),
      limit: SHOWN,
      now,
      signal: controller.signal,
    }).then(
      (list) => setState({ kind: 'ready', list }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [db, playbook, everyTeam, actor.team, now]);

  const propose = async ({ account, evaluation }: Suggestion) => {
    const tier = evaluation.priority.tier ? names.tierName(evaluation.priority.tier) : t('icp.tier.none');
    const reason = t('suggest.reason', { tier, score: formatNumber(locale, evaluation.priority.score) });
    const result = await tal.propose({ type: 'add', accountId: account.id, reason }, evidenceOf(evaluation));
    setMessage(
      result.ok
        ? { kind: 'status', text: t('suggest.proposed', { name: account.name }) }
        : { kind: 'alert', text: t('suggest.refused', { name: account.name, message: result.refusal.message }) },
    );
    // Proposed: it leaves the list (it is no longer "not proposed"); the rest keep their places.
    if (result.ok) {
      setState((current) =>
        current.kind === 'ready' ? { kind: 'ready', list: current.list.filter((s) => s.account.id !== account.id) } : current,
      );
    }
  };

  return (
    <section className="card suggestions" aria-labelledby="suggestions-heading" data-testid="suggestions">
      <h2 id="suggestions-heading">{t('suggest.heading')}</h2>
      <p className="muted">{everyTeam ? t('suggest.help.all') : t('suggest.help.team', { team: names.teamName(actor.team) })}</p>
      {message && <p role={message.kind}>{message.text}</p>}
      {state.kind === 'loading' && <p className="muted">{t('suggest.loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('common.error', { message: state.message })}</p>}
      {state.kind === 'ready' && state.list.length === 0 && <p>{t('suggest.none')}</p>}
      {state.kind === 'ready' && state.list.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('suggest.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('talList.log.account')}</th>
              <th scope="col">{t('talList.filter.segment')}</th>
              <th scope="col">{t('talList.filter.tier')}</th>
              <th scope="col">{t('suggest.priority')}</th>
              {mayPropose && <td />}
            </tr>
          </thead>
          <tbody>
            {state.list.map((suggestion) => {
              const top = suggestion.evaluation.segments.find((s) => s.depth === 0);
              const tier = suggestion.evaluation.priority.tier;
              return (
                <tr key={suggestion.account.id}>
                  <th scope="row">
                    {suggestion.account.name}
                    {suggestion.account.domain && <span className="muted"> · {suggestion.account.domain}</span>}
                  </th>
                  <td>{top ? names.segmentName(top.id) : '—'}</td>
                  <td>{tier ? names.tierName(tier) : '—'}</td>
                  <td>{formatNumber(locale, suggestion.evaluation.priority.score)}</td>
                  {mayPropose && (
                    <td>
                      <button type="button" onClick={() => void propose(suggestion)}>
                        {t('suggest.propose', { name: suggestion.account.name })}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
