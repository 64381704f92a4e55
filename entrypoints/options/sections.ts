import type { MessageKey } from '@/lib/i18n';

/** The manager's sections, in navigation order; the URL hash names the open one. */
export const SECTIONS = ['review', 'tal', 'recertify', 'playbook', 'data', 'team', 'settings'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<SectionId, MessageKey> = {
  review: 'options.section.review',
  tal: 'options.section.tal',
  recertify: 'options.section.recertify',
  playbook: 'options.section.playbook',
  data: 'options.section.data',
  team: 'options.section.team',
  settings: 'options.section.settings',
};

/** The section a URL hash names (`#data`), or the review queue by default. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(id) ? (id as SectionId) : 'review';
}
