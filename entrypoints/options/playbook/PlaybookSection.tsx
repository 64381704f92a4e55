import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { PlaybookVersionRow } from '@/lib/db';
import type { Actor } from '@/lib/services/tal/tal-service';
import { mayEditPlaybook } from '@/lib/tal/permissions';
import { useOpenedAt, useOptionsServices } from '../services';
import { AlertsPreview } from './AlertsPreview';
import { CacheHealthPreview } from './HealthPreview';
import { HealthQuestions } from './HealthQuestions';
import { LearnFromCustomers } from './LearnFromCustomers';
import { PlaybookEditor } from './PlaybookEditor';
import { QuotaImpact } from './QuotaImpact';
import { useCachedCustomers } from './use-cached-customers';
import { usePlaybookData } from './use-playbook-data';
import { VersionList } from './VersionList';

export type PlaybookSectionProps = { actor: Actor };

/** A starting point when no playbook exists yet: valid, with one team, ready to fill in. */
const SKELETON = {
  version: 1,
  name: 'Playbook',
  icp: { criteria: [] },
  tal: { period: 'quarter', teams: [{ id: 'team', name: 'Team', addQuota: 15 }] },
};

/** The Playbook section: the editor with its health and quota preview, and the versions with restore. */
export function PlaybookSection({ actor }: PlaybookSectionProps) {
  const { t, locale } = useI18n();
  const { savePlaybook: save } = useOptionsServices();
  const now = useOpenedAt();
  const { versions, proposals } = usePlaybookData();
  const customers = useCachedCustomers();
  const [status, setStatus] = useState<{ kind: 'saved' | 'restored'; version: number } | null>(null);
  if (!versions || !proposals) return <p className="muted">{t('common.loading')}</p>;
  const canEdit = mayEditPlaybook(actor);
  const current = versions[0];
  const restore = async (row: PlaybookVersionRow) => {
    await save(row.playbook);
    setStatus({ kind: 'restored', version: row.version ?? 0 });
  };
  return (
    <>
      {!canEdit && <p className="muted">{t('playbook.readOnly')}</p>}
      {current?.onServer ? (
        <p data-testid="playbook-in-force">
          {t('playbook.inForce.server', {
            version: current.onServer.version,
            name: current.onServer.savedBy.name,
            role: t(`team.role.${current.onServer.savedBy.role}`),
            when: new Date(current.onServer.savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </p>
      ) : current ? (
        <p data-testid="playbook-in-force">
          {t('playbook.heading.current', {
            version: current.version ?? '',
            when: new Date(current.savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </p>
      ) : (
        <p>{t('playbook.new')}</p>
      )}
      <p role="status">
        {status?.kind === 'saved' && t('playbook.savedVersion', { version: status.version })}
        {status?.kind === 'restored' && t('playbook.versions.restored', { version: status.version })}
      </p>
      {/* A new version in force (saved here, restored, or synced) starts the editor over from it. */}
      <PlaybookEditor
        key={current?.version ?? 0}
        initial={current?.playbook ?? SKELETON}
        readOnly={!canEdit}
        onSave={async (playbook) => {
          const version = await save(playbook);
          setStatus({ kind: 'saved', version });
        }}
        tools={
          <>
            <LearnFromCustomers currency={current?.playbook.currency ?? 'USD'} customers={customers} />
            <HealthQuestions saved={current?.playbook} customers={customers} who={actor.name} now={now} />
          </>
        }
        preview={(playbook) => (
          <>
            <CacheHealthPreview playbook={playbook} now={now} />
            <QuotaImpact playbook={playbook} proposals={proposals} now={new Date(now)} />
            <AlertsPreview playbook={playbook} now={now} />
          </>
        )}
      />
      <section aria-labelledby="playbook-versions">
        <h2 id="playbook-versions">{t('playbook.versions')}</h2>
        <VersionList versions={versions} canRestore={canEdit} onRestore={(row) => void restore(row)} />
      </section>
    </>
  );
}
