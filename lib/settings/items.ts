import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { LOCALES } from '../i18n';

/** Settings that are not data live in extension storage; account data lives in Dexie. */
export const LocaleSettingSchema = z.enum(['auto', ...LOCALES]);
export type LocaleSetting = z.infer<typeof LocaleSettingSchema>;

export const localeSetting = storage.defineItem<LocaleSetting>('local:locale', { fallback: 'auto' });

/** The tab the rep is looking at, kept by the background for the side panel. */
export const ActiveTabSchema = z.object({
  tabId: z.number().int(),
  windowId: z.number().int(),
  url: z.string(),
  title: z.string().max(500).optional(),
  at: z.number(),
});
export type ActiveTab = z.infer<typeof ActiveTabSchema>;

export const activeTabItem = storage.defineItem<ActiveTab | null>('session:activeTab', { fallback: null });

/** Set once the demo data has been loaded on first install, so a cleared cache is not refilled behind the user's back. */
export const demoSeededItem = storage.defineItem<boolean>('local:demoSeeded', { fallback: false });
