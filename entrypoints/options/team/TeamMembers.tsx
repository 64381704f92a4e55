import { useCallback, useEffect, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { formatNumber } from '@/lib/i18n';
import { agoWords } from '@/lib/i18n/ago-words';
import type { Member, Role } from '@/lib/schema/member';
import type { MemberListing } from '@/lib/schema/sync-contract';
import type { TalClient } from '@/lib/sync/client';
import { teamName } from '@/lib/tal/names';

/** What the members screen asks of the team server. */
export type MembersClient = Pick<TalClient, 'members' | 'createMember' | 'revokeMember' | 'newMemberToken'>;

export type TeamMembersProps = {
  client: MembersClient;
  /** Who is signed in: an admin manages, a manager only sees their team. */
  me: Member;
  /** The playbook's teams, for a new member's team and for names. */
  teams: readonly { id: string; name: string }[];
  /** The server's address, for the line a new member is sent with their token. */
  serverUrl: string;
  now: number;
};

type Pending = { kind: 'revoke' | 'token'; member: MemberListing } | null;
type Shown = { name: string; token: string } | null;

/**
 * The team's members on the server: name, role, team, when last seen. An admin adds members (the token
 * is shown once, with a copy button and the line to send; it is never stored, and goes when dismissed),
 * revokes them and issues new tokens, each after a confirmation that names the person.
 */
export function TeamMembers({ client, me, teams, serverUrl, now }: TeamMembersProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const admin = me.role === 'admin';
  const [members, setMembers] = useState<MemberListing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [shown, setShown] = useState<Shown>(null);
  const [filter, setFilter] = useState<{ text: string; role: Role | 'all' }>({ text: '', role: 'all' });
  const nameOfTeam = (id: string | null) => (id === null ? '—' : teamName(teams, id));
  const say = (failure: unknown) => setError(t('common.error', { message: failure instanceof Error ? failure.message : String(failure) }));

  const load = useCallback(async () => {
    try {
      setMembers(await client.members());
    } catch (failure) {
      setError(t('common.error', { message: failure instanceof Error ? failure.message : String(failure) }));
    }
  }, [client, t]);
  useEffect(() => {
    void load();
  }, [load]);

  // The filter matches a member's name, team or role word, in the page's language, ignoring case.
  const shownMembers = (all: readonly MemberListing[]) => {
    const words = filter.text.trim().toLocaleLowerCase(locale);
    return all.filter(
      (member) =>
        (filter.role === 'all' || member.role === filter.role) &&
        (words === '' ||
          [member.name, nameOfTeam(member.team), t(`team.role.${member.role}`)].some((text) =>
            text.toLocaleLowerCase(locale).includes(words),
          )),
    );
  };

  const confirm = async () => {
    if (!pending) return;
    setError(null);
    try {
      if (pending.kind === 'revoke') await client.revokeMember(pending.member.id);
      else {
        const issued = await client.newMemberToken(pending.member.id);
        setShown({ name: issued.name, token: issued.token });
      }
      setPending(null);
      await load();
    } catch (failure) {
      say(failure);
    }
  };

  return (
    <section className="card" aria-labelledby={headingId} data-testid="team-members">
      <h2 id={headingId}>{t('members.heading')}</h2>
      {error && <p role="alert">{error}</p>}
      {shown && <TokenOnce shown={shown} serverUrl={serverUrl} onDone={() => setShown(null)} />}
      {members !== null && (
        <MembersFilter filter={filter} onChange={setFilter} shown={shownMembers(members).length} total={members.length} />
      )}
      {members === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('members.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.col.name')}</th>
              <th scope="col">{t('members.col.role')}</th>
              <th scope="col">{t('members.col.team')}</th>
              <th scope="col">{t('members.col.created')}</th>
              <th scope="col">{t('members.col.lastSeen')}</th>
              <th scope="col">{t('members.col.proposals')}</th>
              {admin && <th scope="col">{t('members.col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {shownMembers(members).map((member) => (
              <tr key={member.id} data-member-id={member.id} className={member.revoked ? 'muted' : undefined}>
                <th scope="row">
                  {member.name}
                  {member.revoked && ` — ${t('members.revoked')}`}
                </th>
                <td>{t(`team.role.${member.role}`)}</td>
                <td>{nameOfTeam(member.team)}</td>
                <td>{new Date(member.createdAt).toLocaleDateString(locale, { dateStyle: 'medium' })}</td>
                <td>{member.lastSeenAt ? agoWords(t, locale, Date.parse(member.lastSeenAt), now) : t('members.never')}</td>
                <td>{formatNumber(locale, member.proposalsThisPeriod)}</td>
                {admin && (
                  <td>
                    {!member.revoked && member.id !== me.id && (
                      <>
                        <button type="button" onClick={() => setPending({ kind: 'token', member })}>
                          {t('members.newToken')}
                        </button>{' '}
                        <button type="button" onClick={() => setPending({ kind: 'revoke', member })}>
                          {t('members.revoke')}
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending && (
        <div role="alertdialog" aria-labelledby={`${headingId}-confirm`} className="confirm">
          <p id={`${headingId}-confirm`}>
            {t(pending.kind === 'revoke' ? 'members.revoke.confirm' : 'members.newToken.confirm', { name: pending.member.name })}
          </p>
          <button type="button" className="primary" onClick={() => void confirm()}>
            {t(pending.kind === 'revoke' ? 'members.revoke.yes' : 'members.newToken.yes', { name: pending.member.name })}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {admin && (
        <AddMember
          teams={teams}
          onAdd={async (member) => {
            setError(null);
            try {
              const created = await client.createMember(member);
              setShown({ name: created.name, token: created.token });
              await load();
            } catch (failure) {
              say(failure);
            }
          }}
        />
      )}
    </section>
  );
}

/** The members table's filter: words matched in name, team and role, and one role; with how many members it shows. */
function MembersFilter({
  filter,
  onChange,
  shown,
  total,
}: {
  filter: { text: string; role: Role | 'all' };
  onChange(filter: { text: string; role: Role | 'all' }): void;
  shown: number;
  total: number;
}) {
  const { t } = useI18n();
  return (
    <div className="members-filter">
      <label>
        {t('members.filter.text')}{' '}
        <input type="search" value={filter.text} onChange={(event) => onChange({ ...filter, text: event.target.value })} />
      </label>{' '}
      <label>
        {t('members.filter.role')}{' '}
        <select value={filter.role} onChange={(event) => onChange({ ...filter, role: event.target.value as Role | 'all' })}>
          <option value="all">{t('members.filter.allRoles')}</option>
          {(['rep', 'manager', 'admin'] as const).map((role) => (
            <option key={role} value={role}>
              {t(`team.role.${role}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <span className="muted" role="status">
        {t('members.filter.count', { shown, total })}
      </span>
    </div>
  );
}

/** A new token, shown once: copy it, send it with the line below, then dismiss it. It is never stored. */
function TokenOnce({ shown, serverUrl, onDone }: { shown: { name: string; token: string }; serverUrl: string; onDone(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="token-once" role="status" data-testid="token-once">
      <p>{t('members.token.intro', { name: shown.name })}</p>
      <p>
        <code data-testid="new-token">{shown.token}</code>{' '}
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(shown.token).then(() => setCopied(true));
          }}
        >
          {copied ? t('members.token.copied') : t('members.token.copy')}
        </button>
      </p>
      <p className="muted">{t('members.token.send', { url: serverUrl })}</p>
      <button type="button" onClick={onDone}>
        {t('members.token.done')}
      </button>
    </div>
  );
}

/** The admin's form for a new member: name, role, and for a rep or manager, a team of the playbook. */
function AddMember({
  teams,
  onAdd,
}: {
  teams: readonly { id: string; name: string }[];
  onAdd(member: { name: string; role: Role; team?: string }): Promise<void>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('rep');
  const [team, setTeam] = useState(teams[0]?.id ?? '');
  const [missing, setMissing] = useState(false);
  return (
    <form
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') return setMissing(true);
        setMissing(false);
        void onAdd({ name: name.trim(), role, ...(role === 'admin' ? {} : { team }) }).then(() => setName(''));
      }}
    >
      <h3 id={`${id}-heading`}>{t('members.add')}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('members.col.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} aria-invalid={missing} />
        {missing && <p className="field-error">{t('members.nameRequired')}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('members.col.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {(['rep', 'manager', 'admin'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`team.role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {role !== 'admin' && (
        <div className="field">
          <label htmlFor={`${id}-team`}>{t('members.col.team')}</label>
          <select id={`${id}-team`} value={team} onChange={(event) => setTeam(event.target.value)}>
            {teams.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="primary">
        {t('members.add.submit')}
      </button>
    </form>
  );
}
