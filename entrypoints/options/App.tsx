import { Component, type ErrorInfo, type ReactNode, useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { SECTION_LABELS, SECTIONS, type SectionId, sectionFromHash } from './sections';
import { SettingsSection } from './settings/SettingsSection';

/** The manager's page: a navigation of sections, each rendered by its own component. */
export function App({ sections = {} }: { sections?: Partial<Record<SectionId, ReactNode>> }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState<SectionId>(() => sectionFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${t(SECTION_LABELS[current])} — ${t('options.title')}`;
  }, [current, t]);

  const content = sections[current] ?? (current === 'settings' ? <SettingsSection /> : <p className="muted">{t('options.comingSoon')}</p>);
  return (
    <div className="options">
      <nav aria-label={t('options.nav')}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === current ? 'page' : undefined}>
                {t(SECTION_LABELS[id])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <h1>{t(SECTION_LABELS[current])}</h1>
        <SectionBoundary key={current} describe={(message) => t('common.error', { message })}>
          {content}
        </SectionBoundary>
      </main>
    </div>
  );
}

/** Shows a section's failure (a database it cannot read, a bug) in words instead of a blank page; the other sections still work. */
class SectionBoundary extends Component<{ children: ReactNode; describe(message: string): string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('TAL Scout options: a section failed', error, info.componentStack);
  }
  override render() {
    return this.state.error ? <p role="alert">{this.props.describe(this.state.error.message)}</p> : this.props.children;
  }
}
