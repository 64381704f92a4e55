import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { LanguageSetting } from '@/components/LanguageSetting';
import { usePanelServices } from '../services';

/** The panel's banner: the product's name and its settings (the language here, the rest on the options page). */
export function PanelHeader() {
  const { t } = useI18n();
  const { openOptions } = usePanelServices();
  const [open, setOpen] = useState(false);
  const settingsId = useId();
  return (
    <header className="panel-header">
      <div className="panel-bar">
        <span className="app-name">{t('app.name')}</span>
        <button type="button" aria-expanded={open} aria-controls={settingsId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">⚙ </span>
          {t('panel.settings')}
        </button>
      </div>
      <div id={settingsId} className="panel-settings" hidden={!open}>
        <LanguageSetting />
        <button type="button" className="link-button" onClick={openOptions}>
          {t('panel.allSettings')}
        </button>
      </div>
    </header>
  );
}
