// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { type MembersClient, TeamMembers } from '@/entrypoints/options/team/TeamMembers';
import type { Member, NewMember } from '@/lib/schema/member';
import type { MemberListing } from '@/lib/schema/sync-contract';
import { renderIn } from '../components/render';

afterEach(cleanup);

const NOW = Date.parse('2026-11-23T10:00:00Z');
const TEAMS = [
  { id: 'ka', name: 'Key accounts' },
  { id: 'mm', name: 'Mid-market' },
];
const admin: Member = { id: 'admin', name: 'Admin', role: 'admin', team: null };

/** The team server's member routes, in memory: tokens are made here and never kept. */
function fakeServer(initial: MemberListing[]) {
  const members = initial.map((m) => ({ ...m }));
  let serial = 0;
  const calls: string[] = [];
  const client: MembersClient = {
    members: async () => members.map((m) => ({ ...m })),
    async createMember(input: NewMember) {
      calls.push(`create ${input.name}`);
      const member = { id: `m${++serial}`, name: input.name, role: input.role, team: input.team ?? null };
      members.push({ ...member, createdAt: new Date(NOW).toISOString(), lastSeenAt: null, revoked: false, proposalsThisPeriod: 0 });
      return { ...member, token: `tal_new_token_${serial}` };
    },
    async revokeMember(id: string) {
      calls.push(`revoke ${id}`);
      const found = members.find((m) => m.id === id) as MemberListing;
      found.revoked = true;
      return { id, name: found.name, role: found.role, team: found.team, revoked: true as const };
    },
    async newMemberToken(id: string) {
      calls.push(`token ${id}`);
      const found = members.find((m) => m.id === id) as MemberListing;
      return { id, name: found.name, role: found.role, team: found.team, token: `tal_rotated_${id}` };
    },
  };
  return { client, calls };
}

const rita: MemberListing = {
  id: 'rita',
  name: 'Rita',
  role: 'rep',
  team: 'ka',
  createdAt: '2026-11-01T09:00:00Z',
  lastSeenAt: '2026-11-23T09:55:00Z',
  revoked: false,
  proposalsThisPeriod: 3,
};
const mona: MemberListing = { ...rita, id: 'mona', name: 'Mona', role: 'manager', lastSeenAt: null };
const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr') as HTMLElement;

describe('team members (the admin’s screen)', () => {
  it('lists members with role, team by name, when last seen and their proposals this period', async () => {
    const { client } = fakeServer([
      { ...admin, createdAt: '2026-11-01T09:00:00Z', lastSeenAt: null, revoked: false, proposalsThisPeriod: 0 },
      mona,
      rita,
    ]);
    await renderIn(<TeamMembers client={client} me={admin} teams={TEAMS} serverUrl="https://tal.example.com" now={NOW} />);
    await screen.findByRole('rowheader', { name: 'Rita' });
    expect(
      within(row('Rita'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['rep', 'Key accounts', 'Nov 1, 2026', '5 minutes ago', '3', 'New token Revoke']);
    expect(within(row('Mona')).getAllByRole('cell')[3]?.textContent).toBe('not yet');
    // The admin signed in cannot revoke themself from here.
    expect(within(row('Admin')).queryByRole('button')).toBeNull();
  });

  it('filters the members by words in name, team or role, and by role, saying how many it shows', async () => {
    const user = userEvent.setup();
    const mike = { ...rita, id: 'mike', name: 'Mike', team: 'mm' };
    const { client } = fakeServer([mona, rita, mike]);
    await renderIn(<TeamMembers client={client} me={admin} teams={TEAMS} serverUrl="https://tal.example.com" now={NOW} />);
    await screen.findByRole('rowheader', { name: 'Rita' });
    const names = () => screen.queryAllByRole('rowheader').map((cell) => cell.textContent);
    await user.type(screen.getByRole('searchbox', { name: 'Find' }), 'mid-MARKET');
    expect(names()).toEqual(['Mike']);
    expect(screen.getByText('1 of 3 members')).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Find' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'manager');
    expect(names()).toEqual(['Mona']);
    await user.type(screen.getByRole('searchbox', { name: 'Find' }), 'ri');
    expect(names()).toEqual([]);
    expect(screen.getByText('0 of 3 members')).toBeTruthy();
  });

  it('adds a member and shows the token once, with the line to send; dismissed, it is gone from the page', async () => {
    const user = userEvent.setup();
    const { client, calls } = fakeServer([rita]);
    await renderIn(<TeamMembers client={client} me={admin} teams={TEAMS} serverUrl="https://tal.example.com" now={NOW} />);
    await screen.findByRole('rowheader', { name: 'Rita' });
    const form = screen.getByRole('form', { name: 'Add a member' });
    await user.click(within(form).getByRole('button', { name: 'Add and show their token' }));
    expect(within(form).getByText('Enter the person’s name.'.replace('’', "'"))).toBeTruthy();
    expect(calls).toEqual([]);
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Sam');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Team' }), 'Mid-market');
    await user.click(within(form).getByRole('button', { name: 'Add and show their token' }));

    const once = await screen.findByTestId('token-once');
    expect(within(once).getByTestId('new-token').textContent).toBe('tal_new_token_1');
    expect(once.textContent).toContain('The token for Sam, shown only now');
    expect(once.textContent).toContain('Paste this into TAL Scout → Options → Team, with the server address https://tal.example.com.');
    expect(await screen.findByRole('rowheader', { name: 'Sam' })).toBeTruthy();
    expect(within(row('Sam')).getAllByRole('cell')[1]?.textContent).toBe('Mid-market');
    await user.click(within(once).getByRole('button', { name: 'Done: hide the token' }));
    expect(screen.queryByTestId('token-once')).toBeNull();
    expect(document.body.textContent).not.toContain('tal_new_token_1');
  });

  it('revokes and issues a new token only after a confirmation that names the person', async () => {
    const user = userEvent.setup();
    const { client, calls } = fakeServer([rita]);
    await renderIn(<TeamMembers client={client} me={admin} teams={TEAMS} serverUrl="https://tal.example.com" now={NOW} />);
    await screen.findByRole('rowheader', { name: 'Rita' });

    await user.click(within(row('Rita')).getByRole('button', { name: 'Revoke' }));
    const ask = screen.getByRole('alertdialog');
    expect(ask.textContent).toContain('Revoke Rita? Their token stops working at once');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(calls).toEqual([]);

    await user.click(within(row('Rita')).getByRole('button', { name: 'New token' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'New token for Rita' }));
    expect((await screen.findByTestId('new-token')).textContent).toBe('tal_rotated_rita');

    await user.click(within(row('Rita')).getByRole('button', { name: 'Revoke' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke Rita' }));
    await screen.findByRole('rowheader', { name: 'Rita — revoked' });
    expect(calls).toEqual(['token rita', 'revoke rita']);
    expect(within(row('Rita')).queryByRole('button')).toBeNull();
  });

  it('shows a manager their team without any action or form', async () => {
    const { client } = fakeServer([mona, rita]);
    const manager: Member = { id: 'mona', name: 'Mona', role: 'manager', team: 'ka' };
    await renderIn(<TeamMembers client={client} me={manager} teams={TEAMS} serverUrl="https://tal.example.com" now={NOW} />);
    await screen.findByRole('rowheader', { name: 'Rita' });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('says in words when the server refuses', async () => {
    const { client } = fakeServer([]);
    client.members = async () => {
      throw new Error('a rep may not list members');
    };
    await renderIn(<TeamMembers client={client} me={admin} teams={TEAMS} serverUrl="https://tal.example.com" now={NOW} />);
    expect((await screen.findByRole('alert')).textContent).toContain('a rep may not list members');
  });
});
