import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { ProgressBar } from '@/components/ProgressBar';
import { usePersonName } from '@/components/people';
import { listRecertifications } from '@/lib/db';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { evidenceOf, NO_DATA_EVIDENCE } from '@/lib/rules/evidence-of';
import { RECERTIFY_FLAGS, recertifyRows } from '@/lib/rules/recertify';
import type { RecertifyAction } from '@/lib/schema/recertification';
import { SOLO_ACTOR_ID } from '@/lib/services/tal/solo-actor';
import type { Actor } from '@/lib/services/tal/tal-service';
import { periodOf } from '@/lib/tal/period';
import { playbookNames } from '../playbook/playbook-names';
import { useOpenedAt, useOptionsServices } from '../services';
import { useTalData } from '../tal/use-tal-data';
import { filterRecertify, NO_RECERTIFY_FILTER, type RecertifyFilter } from './recertify-rows';

type Outcome = { kind: 'done' | 'error'; message: string } | null;

/**
 * Recertification (issue 28): each period every TAL account is confirmed or pruned. The period's
 * progress, the flagged accounts first, filters by flag, team, owner and segment, and bulk actions
 * with a reason: keep for this period, propose removal, or (a manager) remove now. A rep or manager
 * in a team sees their team's accounts; the solo user and an admin every one.
 */
export function RecertifySection({ actor }: { actor: Actor }) {
  const { t, locale } = useI18n();
  const personName = usePersonName();
  const { db, tal } = useOptionsServices();
  const now = useOpenedAt();
  const data = useTalData(now);
  const records = useLiveQuery(() => listRecertifications(db), [db]);
  const [filter, setFilter] = useState<RecertifyFilter>(NO_RECERTIFY_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const id = useId();
  const names = useMemo(() => playbookNames(data?.playbook), [data?.playbook]);
  const compiled = useMemo(() => (data?.playbook ? compilePlaybook(data.playbook) : undefined), [data?.playbook]);
  const period = periodOf(new Date(now), data?.playbook?.tal.period ?? 'quarter').key;
  const everyTeam = actor.id === SOLO_ACTOR_ID || actor.role === 'admin';
  const rows = useMemo(() => {
    if (!data || !records) return undefined;
    const mine = everyTeam ? data.rows : data.rows.filter((row) => row.account.team === actor.team);
    return recertifyRows(mine, compiled, records, period, now);
  }, [data, records, compiled, period, now, everyTeam, actor.team]);
  if (!rows || !data) return <p className="muted">{t('common.loading')}</p>;

  const shown = filterRecertify(rows, filter);
  const kept = rows.filter((row) => row.record?.action === 'keep').length;
  const flagged = rows.filter((row) => row.flags.length > 0).length;
  const chosen = shown.filter((row) => selected.has(row.account.id));
  const mayRemove = actor.role !== 'rep';
  const toggle = (accountId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(accountId);
      else next.delete(accountId);
      return next;
    });
  const choices = (values: (string | undefined)[], label: (v: string) => string = (v) => v) =>
    [...new Set(values.filter((v): v is string => !!v))].sort().map((value) => ({ value, label: label(value) }));

  const act = async (action: RecertifyAction | 'propose') => {
    const ids = chosen.map((row) => row.account.id);
    if (ids.length === 0) return setOutcome({ kind: 'error', message: t('recertify.noneChosen') });
    if (reason.trim() === '') return setOutcome({ kind: 'error', message: t('recertify.reasonNeeded') });
    setBusy(true);
    setOutcome(null);
    try {
      if (action === 'propose') {
        const refused: string[] = [];
        for (const row of chosen) {
          const evidence = row.evaluation ? evidenceOf(row.evaluation) : NO_DATA_EVIDENCE;
          const result = await tal.propose({ type: 'remove', accountId: row.account.id, reason: reason.trim() }, evidence);
          if (!result.ok) refused.push(`${row.account.name}: ${result.refusal.message}`);
        }
        const sent = ids.length - refused.length;
        setOutcome(
          refused.length === 0
            ? { kind: 'done', message: t('recertify.proposed', { count: sent }) }
            : { kind: 'error', message: `${t('recertify.proposed', { count: sent })} ${refused.join('; ')}` },
        );
      } else {
        const result = await tal.recertify({ accountIds: ids, action, reason: reason.trim() });
        setOutcome(
          result.ok
            ? {
                kind: 'done',
                message: t(action === 'keep' ? 'recertify.kept' : 'recertify.removed', { count: result.records.length, period }),
              }
            : { kind: 'error', message: result.refusal.message },
        );
      }
      setSelected(new Set());
      setReason('');
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const select = (key: 'flag' | 'team' | 'owner' | 'segment' | 'status', label: string, options: { value: string; label: string }[]) => (
    <label>
      {label}{' '}
      <select value={filter[key]} onChange={(e) => setFilter({ ...filter, [key]: e.target.value } as RecertifyFilter)}>
        <option value="">{t('talList.filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="recertify">
      <section className="card" aria-labelledby={`${id}-progress`}>
        <h2 id={`${id}-progress`}>{t('recertify.heading', { period })}</h2>
        <p data-testid="recertify-progress">{t('recertify.progress', { kept, total: rows.length, flagged })}</p>
        <ProgressBar label={t('recertify.progressLabel')} value={kept} max={rows.length} />
        <p className="muted">{t('recertify.help')}</p>
      </section>
      <fieldset className="filters">
        <legend>{t('talList.filter.title')}</legend>
        {select('flag', t('recertify.filter.flag'), [
          ...RECERTIFY_FLAGS.map((flag) => ({ value: flag, label: t(`recertify.flag.${flag}`) })),
          { value: 'none', label: t('recertify.flag.none') },
        ])}
        {select(
          'team',
          t('talList.filter.team'),
          choices(
            rows.map((r) => r.account.team),
            names.teamName,
          ),
        )}
        {select('owner', t('recertify.filter.owner'), choices(rows.map((r) => r.account.ownerId)))}
        {select(
          'segment',
          t('talList.filter.segment'),
          choices(
            rows.flatMap((r) => r.evaluation?.segments.map((s) => s.id) ?? []),
            names.segmentName,
          ),
        )}
        {select('status', t('recertify.filter.status'), [
          { value: 'open', label: t('recertify.status.open') },
          { value: 'kept', label: t('recertify.status.kept') },
        ])}
      </fieldset>
      <section className="card recertify-actions" aria-label={t('recertify.actions')}>
        <p>{t('recertify.chosen', { count: chosen.length })}</p>
        <label>
          {t('recertify.reason')}{' '}
          <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} disabled={busy} />
        </label>{' '}
        <button type="button" className="primary" disabled={busy} onClick={() => void act('keep')}>
          {t('recertify.keep')}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void act('propose')}>
          {t('recertify.propose')}
        </button>{' '}
        {mayRemove && (
          <button type="button" disabled={busy} onClick={() => void act('remove')}>
            {t('recertify.remove')}
          </button>
        )}
        {outcome && <p role={outcome.kind === 'error' ? 'alert' : 'status'}>{outcome.message}</p>}
      </section>
      {rows.length === 0 ? (
        <p>{t('talList.empty')}</p>
      ) : (
        <table className="data-table" data-testid="recertify-table">
          <caption>{t('recertify.caption', { shown: shown.length, total: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('recertify.selectAll')}
                  checked={shown.length > 0 && chosen.length === shown.length}
                  onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((r) => r.account.id)) : new Set())}
                />
              </th>
              <th scope="col">{t('talList.log.account')}</th>
              <th scope="col">{t('talList.filter.team')}</th>
              <th scope="col">{t('recertify.filter.owner')}</th>
              <th scope="col">{t('recertify.col.flags')}</th>
              <th scope="col">{t('recertify.filter.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.account.id} data-account-id={row.account.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('recertify.select', { name: row.account.name })}
                    checked={selected.has(row.account.id)}
                    onChange={(e) => toggle(row.account.id, e.target.checked)}
                  />
                </td>
                <th scope="row">{row.account.name}</th>
                <td>{row.account.team ? names.teamName(row.account.team) : '—'}</td>
                <td>{row.account.ownerId ?? '—'}</td>
                <td>
                  {row.flags.length === 0 ? (
                    <span className="muted">{t('recertify.flag.none')}</span>
                  ) : (
                    row.flags.map((flag) => (
                      <span key={flag} className="tag" data-flag={flag}>
                        {t(`recertify.flag.${flag}`)}
                      </span>
                    ))
                  )}
                </td>
                <td>
                  {row.record
                    ? t('recertify.status.keptBy', {
                        who: personName(row.record.actorId, row.record.actorName),
                        when: new Date(row.record.at).toLocaleDateString(locale, { dateStyle: 'medium' }),
                        reason: row.record.reason,
                      })
                    : t('recertify.status.open')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
