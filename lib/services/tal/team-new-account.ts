import type { Translate } from '../../i18n';
import type { TeamServer } from '../../settings/team';

/**
 * In team mode a rep cannot add a company to the cache: the server knows only the accounts an admin
 * imported, refuses proposals for any other (404), and its API has no way for a rep to add one. So
 * the panel's "new account" says so in words instead of creating an account nobody else can see.
 * Solo mode adds it as before.
 */
export function refuseNewAccountsInTeamMode<W extends { addAccount(...args: never[]): Promise<unknown> }>(
  writes: W,
  deps: { readServer(): Promise<TeamServer | null>; translate(): Promise<Translate> },
): W {
  return {
    ...writes,
    addAccount: (async (...args: Parameters<W['addAccount']>) => {
      if (await deps.readServer()) throw new Error((await deps.translate())('team.newAccount.adminOnly'));
      return writes.addAccount(...args);
    }) as W['addAccount'],
  };
}
