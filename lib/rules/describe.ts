import type { Locale } from '../i18n/define';
import type { EvidenceParams, RuleEvidence } from './evidence';
import type { HealthCheckId } from './health-report';
import { evidenceEn } from './messages/evidence-en';
import { evidenceRu } from './messages/evidence-ru';
import { evidenceZhCN } from './messages/evidence-zh-CN';
import { type EvidenceMessages, type Format, formatFor, type HealthMessages } from './messages/format';
import { healthEn } from './messages/health-en';
import { healthRu } from './messages/health-ru';
import { healthZhCN } from './messages/health-zh-CN';

const EVIDENCE: Record<Locale, EvidenceMessages> = { en: evidenceEn, ru: evidenceRu, 'zh-CN': evidenceZhCN };
const HEALTH: Record<Locale, HealthMessages> = { en: healthEn, ru: healthRu, 'zh-CN': healthZhCN };
const FORMATS: Record<Locale, Format> = { en: formatFor('en'), ru: formatFor('ru'), 'zh-CN': formatFor('zh-CN') };
const SEPARATOR: Record<Locale, string> = { en: '; ', ru: '; ', 'zh-CN': '；' };

/** Rule evidence in words, in English, Russian or Chinese: "employees 1,800 — within 50–10,000". */
export function describeEvidence(evidence: RuleEvidence, locale: Locale = 'en'): string {
  const messages = EVIDENCE[locale] ?? evidenceEn;
  const f = FORMATS[locale] ?? FORMATS.en;
  if (evidence.key === 'evidence.all' || evidence.key === 'evidence.any' || evidence.key === 'evidence.not') {
    const inner = (evidence.children ?? []).map((child) => describeEvidence(child, locale)).join(SEPARATOR[locale] ?? '; ');
    const kind = evidence.key.slice('evidence.'.length) as keyof EvidenceMessages['combinator'];
    return messages.combinator[kind](inner);
  }
  return messages.evidence[evidence.key](evidence.params, evidence.status, f);
}

/** A health check's detail in English, Russian or Chinese, from its id and params. */
export function describeHealthCheck(check: { id: HealthCheckId; params: EvidenceParams }, locale: Locale = 'en'): string {
  return (HEALTH[locale] ?? healthEn)[check.id](check.params, FORMATS[locale] ?? FORMATS.en);
}
