import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import '@/components/theme.css';
import { App } from './App';
import { createExtensionPanelServices } from './data/panel-services';
import { PanelServicesProvider } from './services';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <PanelServicesProvider services={createExtensionPanelServices()}>
        <App />
      </PanelServicesProvider>
    </I18nProvider>
  </StrictMode>,
);
