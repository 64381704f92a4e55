import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { listRecertifications } from '@/lib/db';
import type { Actor } from '@/lib/services/tal/tal-service';
import { playbookNames } from '../playbook/playbook-names';
import { QuotaDashboard } from '../quota/QuotaDashboard';
import { useOpenedAt, useOptionsServices } from '../services';
import { ChangeLog } from './ChangeLog';
import { SegmentGoals } from './SegmentGoals';
import { Suggestions } from './Suggestions';
import { TalExport } from './TalExport';
import { TalFilters } from './TalFilters';
import { TalTable } from './TalTable';
import { filterTal, NO_TAL_FILTER, type TalFilter } from './tal-row';
import { useTalData } from './use-tal-data';

/** The TAL section: quota use this period, the list with filters, its change log, and CSV exports for the CRM. */
export function TalSection({ actor }: { actor?: Actor }) {
  const { t } = useI18n();
  const { save, db } = useOptionsServices();
  const now = useOpenedAt();
  const data = useTalData(now);
  const records = useLiveQuery(() => listRecertifications(db), [db]);
  const [filter, setFilter] = useState<TalFilter>(NO_TAL_FILTER);
  const names = useMemo(() => playbookNames(data?.playbook), [data?.playbook]);
  const shown = useMemo(() => (data ? filterTal(data.rows, filter) : []), [data, filter]);
  if (!data) return <p className="muted">{t('common.loading')}</p>;

  const choices = (values: (string | undefined | null)[], label: (v: string) => string) =>
    [...new Set(values.filter((v): v is string => !!v))].sort().map((value) => ({ value, label: label(value) }));
  return (
    <>
      {data.playbook ? (
        <QuotaDashboard proposals={data.proposals} playbook={data.playbook} now={new Date(now)} />
      ) : (
        <p>{t('gov.noPlaybook')}</p>
      )}
      <section aria-labelledby="tal-list">
        <h2 id="tal-list">{t('talList.list')}</h2>
        <TalFilters
          filter={filter}
          onChange={setFilter}
          teams={choices(
            data.rows.map((r) => r.account.team),
            names.teamName,
          )}
          tiers={choices(
            data.rows.map((r) => r.evaluation?.priority.tier),
            names.tierName,
          )}
          segments={choices(
            data.rows.flatMap((r) => r.evaluation?.segments.map((s) => s.id) ?? []),
            names.segmentName,
          )}
        />
        {data.rows.length === 0 ? <p>{t('talList.empty')}</p> : <TalTable rows={shown} total={data.rows.length} names={names} />}
      </section>
      {data.playbook && <SegmentGoals playbook={data.playbook} now={now} />}
      {actor && data.playbook && <Suggestions actor={actor} playbook={data.playbook} names={names} now={now} />}
      <TalExport
        rows={shown}
        proposals={data.proposals}
        accountName={data.accountName}
        day={new Date(now).toISOString().slice(0, 10)}
        download={(fileName, text) => save(fileName, [text])}
      />
      <section aria-labelledby="tal-log">
        <h2 id="tal-log">{t('talList.log')}</h2>
        <ChangeLog proposals={data.proposals} recertifications={records ?? []} accountName={data.accountName} />
      </section>
    </>
  );
}
