import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import type { Actor } from '@/lib/services/tal/tal-service';
import { type PanelReads, usePanelServices } from '../services';

type Suggestion = Awaited<ReturnType<PanelReads['suggestions']>>[number];

/** Suggestions listed in the panel: the best few; the options page's TAL section lists more. */
const SHOWN = 5;

/**
 * "Fits but not on the TAL" in the panel, folded below the company: read from the whole cache only
 * when the rep opens it; one click proposes an account (the reason says why it was suggested).
 */
export function SuggestionsSection({ me }: { me: Actor }) {
  const { t, locale } = useI18n();
  const { reads, tal, store } = usePanelServices();
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<Suggestion[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    reads.suggestions(me, SHOWN).then(
      (found) => live && setList(found),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [open, reads, me]);
  if (me.role === 'admin') return null;

  const propose = async (suggestion: Suggestion) => {
    const reason = t('suggest.reason', { tier: suggestion.tier ?? t('icp.tier.none'), score: formatNumber(locale, suggestion.score) });
    const result = await tal.propose({ type: 'add', accountId: suggestion.id, reason }, suggestion.evidence);
    setMessage(
      result.ok
        ? { kind: 'status', text: t('suggest.proposed', { name: suggestion.name }) }
        : { kind: 'alert', text: t('suggest.refused', { name: suggestion.name, message: result.refusal.message }) },
    );
    if (result.ok) setList((current) => current?.filter((s) => s.id !== suggestion.id) ?? null);
  };

  return (
    <details className="suggestions card" data-testid="panel-suggestions" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2>{t('suggest.heading')}</h2>
      </summary>
      {message && <p role={message.kind}>{message.text}</p>}
      {list === null ? (
        <p className="muted">{t('suggest.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('suggest.none')}</p>
      ) : (
        <ul className="suggestion-list">
          {list.map((suggestion) => (
            <li key={suggestion.id}>
              <button type="button" className="link-button" onClick={() => store.getState().showAccount(suggestion.id)}>
                {suggestion.name}
              </button>
              <span className="muted">
                {' '}
                · {suggestion.tier ?? '—'} · {formatNumber(locale, suggestion.score)}
              </span>{' '}
              <button type="button" onClick={() => void propose(suggestion)}>
                {t('suggest.propose', { name: suggestion.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
