import type { Locale } from './define';
import common from './messages/common';
import data from './messages/data';
import fields from './messages/fields';
import options from './messages/options';
import panel from './messages/panel';
import shell from './messages/shell';
import team from './messages/team';

// Each feature keeps its strings in one file under messages/; adding a feature adds one line here.
const FEATURES = [common, shell, panel, options, data, team, fields] as const;

type Feature = (typeof FEATURES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every message key of every feature. */
export type MessageKey = keyof UnionToIntersection<Feature['en']>;

function merge(locale: Locale): Record<MessageKey, string> {
  return Object.assign({}, ...FEATURES.map((feature) => feature[locale]));
}

/** The full catalog per locale. */
export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en: merge('en'), ru: merge('ru'), 'zh-CN': merge('zh-CN') };
/** The feature catalogs, for the test that checks no key is defined twice. */
export const FEATURE_CATALOGS = FEATURES;
