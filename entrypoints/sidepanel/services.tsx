import { createContext, type ReactNode, useContext } from 'react';
import type { z } from 'zod';
import type { AlertNotice } from '@/lib/db';
import type { AccountAnswers } from '@/lib/rules/answers';
import type { RecertifyFlag } from '@/lib/rules/recertify';
import type { Account, AccountSchema } from '@/lib/schema/account';
import type { Playbook } from '@/lib/schema/playbook';
import type { Evidence, Proposal } from '@/lib/schema/proposal';
import type { Recertification } from '@/lib/schema/recertification';
import type { Actor, TalService } from '@/lib/services/tal/tal-service';
import type { PanelStore } from './store';

/** A team-mode proposal still in the outbox: waiting to be sent, or refused by the server. */
export type Delivery = 'waiting' | 'refused';

/** One account and what the panel shows beside it: the rep's answers and notes, and the account's proposals. */
export type AccountFile = {
  account: Account;
  /** Whether it is on the TAL now: the imported flag, or a later decision that overrides it. */
  onTal: boolean;
  answers: AccountAnswers;
  /** The rep's descriptions for manual criteria that ask for one, by criterion id. */
  notes: Record<string, string>;
  /** Who of the team gave the answers, and when (team mode: a teammate's arrive with a sync). */
  answeredBy?: { id: string; name?: string; at: string };
  /** Every proposal about this account that this machine knows of, newest first. */
  proposals: Proposal[];
};

/** What a rep enters for a company the cache lacks; the cache gives it an id. */
export type NewAccount = Omit<z.input<typeof AccountSchema>, 'id'>;

/** What the panel reads. Each function runs inside a Dexie live query, so the panel follows every change. */
export interface PanelReads {
  playbook(): Promise<Playbook | null>;
  accountFile(accountId: string): Promise<AccountFile | null>;
  /** The accounts of these ids that exist, in the order asked. */
  accounts(ids: readonly string[]): Promise<Account[]>;
  /** Accounts whose name matches the text, best first. */
  searchAccounts(text: string, limit: number): Promise<Account[]>;
  /** The proposals one rep made, newest first, with where each stands on its way to the team server. */
  proposalsBy(proposerId: string): Promise<{ proposal: Proposal; delivery?: Delivery }[]>;
  /**
   * How many TAL accounts of `me`'s team (every one for the solo user) are not yet kept in `period`
   * (the playbook's current one, which the panel knows from its compiled playbook).
   */
  recertifyDue(me: Actor, period: string): Promise<number>;
  /** The accounts `recertifyDue` counts, flagged first, with their flags and evidence (read when the rep opens the list). */
  recertifyDueList(me: Actor, limit: number): Promise<{ id: string; name: string; flags: RecertifyFlag[]; evidence?: Evidence }[]>;
  /** An account's recertification record in `period`; undefined while it is due. */
  recertification(accountId: string, period: string): Promise<Recertification | undefined>;
  /** "Fits but not on the TAL" for `me` (their team's; every team's for the solo user), best first, each with its evidence. */
  suggestions(me: Actor, limit: number): Promise<{ id: string; name: string; tier: string | null; score: number; evidence: Evidence }[]>;
  /** The alerts that fired for this person (newest first), and the alert rules they muted. */
  alerts(): Promise<{ notices: AlertNotice[]; muted: string[] }>;
}

/** What the panel writes besides proposals (which go through the TalService). */
export interface PanelWrites {
  /** Saves a yes/no answer at once; null clears it. */
  saveAnswer(accountId: string, criterionId: string, value: boolean | null): Promise<void>;
  saveNote(accountId: string, criterionId: string, text: string): Promise<void>;
  /** Remembers the rep's pick for a page key (see `choiceKey` in lib/recognize). */
  rememberChoice(pageKey: string, accountId: string): Promise<void>;
  /** Adds a rep-entered company to the cache; returns it with its new id. */
  addAccount(draft: NewAccount): Promise<Account>;
  /** Marks alert notices read (all when no ids are given). */
  markAlertsRead(ids?: readonly string[]): Promise<void>;
  /** Mutes or unmutes an alert rule for this person. */
  muteAlert(alertId: string, muted: boolean): Promise<void>;
}

/** Everything the panel depends on, injected once at the top. */
export type PanelServices = {
  store: PanelStore;
  reads: PanelReads;
  writes: PanelWrites;
  tal: TalService;
  /** The clock rules are evaluated at. */
  now(): number;
  /** Calls back when the page signals of a tab change (a content script read the page); returns the unwatch. */
  watchPageSignals(tabId: number, onChange: () => void): () => void;
  /** Opens the options page (the playbook, the data, the team, every setting) in a tab. */
  openOptions(): void;
  /** Calls back when another account cache becomes active (an import, the demo data, a team sync); returns the unwatch. */
  watchCache(onChange: () => void): () => void;
};

const ServicesContext = createContext<PanelServices | null>(null);

/** Provides the panel's services to its components. */
export function PanelServicesProvider({ services, children }: { services: PanelServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The panel's services; throws outside a PanelServicesProvider, which is a wiring bug. */
export function usePanelServices(): PanelServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('usePanelServices() outside <PanelServicesProvider>');
  return services;
}
