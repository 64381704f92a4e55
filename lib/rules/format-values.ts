import { formatDate, formatList, formatMoney, formatNumber, type Translate } from '../i18n';
import type { Locale } from '../i18n/define';
import { ACCOUNT_FIELD_TABLE, type AccountField, CUSTOMER_TYPES, type FieldKind } from '../schema/account-fields';
import type { EvidenceParams } from './evidence';

type Param = EvidenceParams[string];

/** How a list of a rule's values reads: all of them (`a, b and c`), one of them (`a, b or c`), or a plain list. */
export type ListSense = 'and' | 'or' | 'plain';

/** Locale-aware pieces the evidence and health messages' params are made of. */
export interface Format {
  /** A number as the locale writes it: `1,800`, `1 800`. */
  num(value: number): string;
  /** Any parameter: numbers formatted, lists joined, a missing value as a dash. */
  value(param: Param | undefined): string;
  /** The plural category of a count (`one`, `few`, `many`, `other`), for languages that need it. */
  plural(count: number): Intl.LDMLPluralRule;
}

/** One field's name and values as people read them, in one locale. */
export interface FieldFormat {
  /** `Annual revenue`, `Годовая выручка`; a custom column by its header (`custom.seats` → `seats`). */
  label: string;
  /** A value of the field: money in the playbook's currency, dates and numbers by the locale, picklists translated. */
  value(param: Param | undefined, list?: ListSense): string;
}

/** The Format of one locale. */
export function formatFor(locale: Locale): Format {
  const plurals = new Intl.PluralRules(locale);
  const format: Format = {
    num: (value) => formatNumber(locale, value, { maximumFractionDigits: 2 }),
    value(param) {
      if (param === undefined || param === null) return '—';
      if (typeof param === 'number') return format.num(param);
      if (Array.isArray(param))
        return formatList(
          locale,
          param.map((item) => format.value(item)),
        );
      return String(param);
    },
    plural: (count) => plurals.select(count),
  };
  return format;
}

const isCanonical = (path: string): path is AccountField => Object.hasOwn(ACCOUNT_FIELD_TABLE, path);

/** The kind of the field a rule's path names; undefined for a custom column, whose values are shown as they are. */
export function kindOfPath(path: string): FieldKind | undefined {
  return isCanonical(path) ? ACCOUNT_FIELD_TABLE[path].kind : undefined;
}

/** A field path's name as people read it: `Annual revenue`; a custom column by its header (`custom.seats` → `seats`). */
export function fieldLabel(path: string, t: Translate): string {
  if (isCanonical(path)) return t(`field.${path}`);
  return path.startsWith('custom.') ? path.slice('custom.'.length) : path;
}

/**
 * The FieldFormat of a rule's field path, in one locale, with money in `currency` (the playbook's).
 * `t` is the locale's translator (field names, customer types, yes and no).
 */
export function fieldFormat(path: string, locale: Locale, currency: string, t: Translate): FieldFormat {
  const kind = kindOfPath(path);
  const label = fieldLabel(path, t);
  const num = (value: number) => formatNumber(locale, value, { maximumFractionDigits: 2 });
  const scalar = (param: Exclude<Param, unknown[]>): string => {
    if (param === null) return '—';
    if (typeof param === 'boolean') return t(param ? 'common.yes' : 'common.no');
    if (typeof param === 'number') return kind === 'amount' ? formatMoney(locale, param, currency) : num(param);
    if (kind === 'date') return formatDate(locale, param);
    if (kind === 'customerType') {
      const type = CUSTOMER_TYPES.find((known) => known === param.trim().toLowerCase());
      return type === undefined ? param : t(`company.type.${type}`);
    }
    return param;
  };
  return {
    label,
    value(param, list = 'plain') {
      if (param === undefined) return '—';
      if (Array.isArray(param)) return formatList(locale, param.map(scalar), list);
      return scalar(param);
    },
  };
}

/** A number parameter, or undefined when the parameter is not a number. */
export const numberParam = (param: Param | undefined): number | undefined => (typeof param === 'number' ? param : undefined);
