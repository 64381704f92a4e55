import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { sendsTokenInClear } from '@/lib/settings/team';
import type { ConnectionCheck } from '@/lib/sync/check-connection';

export type ConnectFormProps = {
  /** Checks the address and token with the server (GET /api/me). */
  check(url: string, token: string, options?: { allowInsecure?: boolean }): Promise<ConnectionCheck>;
  /** Keeps a checked connection (the setting) and starts the first sync. */
  connect(url: string, token: string, check: Extract<ConnectionCheck, { ok: true }>): Promise<void>;
  initialUrl?: string;
};

/** The server address and the member's token, checked with the server before anything is stored. */
export function ConnectForm({ check, connect, initialUrl = '' }: ConnectFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [url, setUrl] = useState(initialUrl);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [acceptInsecure, setAcceptInsecure] = useState(false);
  const insecure = sendsTokenInClear(url);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (url.trim() === '') return setError(t('team.error.urlRequired'));
    if (token.trim() === '') return setError(t('team.error.tokenRequired'));
    setBusy(true);
    setError(null);
    try {
      const result = await check(url, token, { allowInsecure: insecure && acceptInsecure });
      if (result.ok) await connect(result.url, token.trim(), result);
      else setError(t(`team.error.${result.problem}`, { url: url.trim(), message: result.detail }));
    } catch (failure) {
      setError(t('common.error', { message: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card team-connect" onSubmit={submit} noValidate aria-describedby={`${id}-note`}>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('team.url')}</label>
        <input id={`${id}-url`} type="url" inputMode="url" autoComplete="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        <span className="muted">{t('team.url.help')}</span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-token`}>{t('team.token')}</label>
        <input id={`${id}-token`} type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        <span className="muted">{t('team.token.help')}</span>
      </div>
      {insecure && (
        <div className="field">
          <p className="muted">{t('team.error.insecure', { url: url.trim() })}</p>
          <label>
            <input type="checkbox" checked={acceptInsecure} onChange={(e) => setAcceptInsecure(e.target.checked)} />{' '}
            {t('team.insecure.accept')}
          </label>
        </div>
      )}
      <p id={`${id}-note`} className="muted">
        {t('team.connect.note')}
      </p>
      {error && (
        <p role="alert" className="field-errors">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('team.connecting') : t('team.connect')}
      </button>
    </form>
  );
}
