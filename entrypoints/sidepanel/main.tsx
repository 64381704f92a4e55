import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import '@/components/theme.css';
import { App } from './App';
import { lookupPage } from './lookup';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <App lookup={lookupPage} />
    </I18nProvider>
  </StrictMode>,
);
