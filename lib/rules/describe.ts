import type { Locale } from '../i18n/define';
import type { EvidenceParams, RuleEvidence } from './evidence';
import type { HealthCheckId } from './health-report';
import { en } from './messages/en';
import { type Format, formatFor, type RuleMessages } from './messages/format';
import { ru } from './messages/ru';
import { zhCN } from './messages/zh-CN';

const MESSAGES: Record<Locale, RuleMessages> = { en, ru, 'zh-CN': zhCN };
const FORMATS: Record<Locale, Format> = { en: formatFor('en'), ru: formatFor('ru'), 'zh-CN': formatFor('zh-CN') };
const SEPARATOR: Record<Locale, string> = { en: '; ', ru: '; ', 'zh-CN': '；' };

/** Rule evidence in words, in English, Russian or Chinese: "employees 1,800 — within 50–10,000". */
export function describeEvidence(evidence: RuleEvidence, locale: Locale = 'en'): string {
  const messages = MESSAGES[locale] ?? en;
  const f = FORMATS[locale] ?? FORMATS.en;
  if (evidence.key === 'evidence.all' || evidence.key === 'evidence.any' || evidence.key === 'evidence.not') {
    const inner = (evidence.children ?? []).map((child) => describeEvidence(child, locale)).join(SEPARATOR[locale] ?? '; ');
    const kind = evidence.key.slice('evidence.'.length) as keyof RuleMessages['combinator'];
    return messages.combinator[kind](inner);
  }
  return messages.evidence[evidence.key](evidence.params, evidence.status, f);
}

/** A health check's detail in English, Russian or Chinese, from its id and params. */
export function describeHealthCheck(check: { id: HealthCheckId; params: EvidenceParams }, locale: Locale = 'en'): string {
  return (MESSAGES[locale] ?? en).health[check.id](check.params, FORMATS[locale] ?? FORMATS.en);
}
