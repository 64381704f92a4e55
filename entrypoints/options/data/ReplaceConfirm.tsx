import { useEffect, useId, useRef } from 'react';
import type { ReplaceImpact } from '@/lib/db';
import { useDataT } from './use-data-t';

type Props = { fileName: string; impact: ReplaceImpact; onAnswer(replace: boolean): void };

/**
 * Asked once a replace has read its file and before anything changes: how many accounts go and come,
 * and which TAL accounts and open proposals the new file lacks (they stay, shown by name).
 */
export function ReplaceConfirm({ fileName, impact, onAnswer }: Props) {
  const t = useDataT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = [...impact.talMissing.map((m) => m.name), ...impact.proposalsMissing.map((p) => p.name)];
  return (
    <section
      role="alertdialog"
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-d`}
      className="card replace-confirm"
      data-testid="replace-confirm"
    >
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('data.replace.heading')}
      </h3>
      <div id={`${id}-d`}>
        <p>{t('data.replace.counts', { before: impact.accountsBefore, after: impact.accountsAfter, file: fileName })}</p>
        {impact.talMissing.length > 0 && <p>{t('data.replace.tal', { count: impact.talMissing.length })}</p>}
        {impact.proposalsMissing.length > 0 && <p>{t('data.replace.proposals', { count: impact.proposalsMissing.length })}</p>}
      </div>
      {names.length > 0 && (
        <details>
          <summary>{t('data.replace.names')}</summary>
          <ul>
            {[...new Set(names)].map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="actions">
        <button type="button" onClick={() => onAnswer(true)}>
          {t('data.replace.confirm')}
        </button>{' '}
        <button type="button" onClick={() => onAnswer(false)}>
          {t('data.replace.keep')}
        </button>
      </p>
    </section>
  );
}
