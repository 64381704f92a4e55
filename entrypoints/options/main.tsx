import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { createTalDb, getActivePlaybook, openAccountCache, savePlaybookVersion } from '@/lib/db';
import { soloActor } from '@/lib/services/solo-actor';
import { createSoloTalService } from '@/lib/services/solo-tal-service';
import '@/components/theme.css';
import './options.css';
import { App } from './App';
import { DataSection } from './data/DataSection';
import { saveFile } from './data/download';
import { PlaybookSection } from './playbook/PlaybookSection';
import { ReviewSection } from './review/ReviewSection';
import { TalSection } from './tal/TalSection';

// Wiring only. Solo mode: one person is rep and manager, writes go to the local database; the team
// server (Team section) will supply its own actor and service here.
const db = createTalDb();
const accounts = openAccountCache(db);
const service = createSoloTalService(db, accounts);

function SoloOptions() {
  const active = useLiveQuery(() => getActivePlaybook(db), []);
  const actor = useMemo(() => soloActor(active?.playbook), [active]);
  const [now] = useState(() => Date.now());
  return (
    <App
      sections={{
        review: <ReviewSection db={db} accounts={accounts} service={service} actor={actor} now={now} />,
        tal: <TalSection db={db} now={now} download={(fileName, text) => saveFile(fileName, [text])} />,
        data: <DataSection db={db} />,
        playbook: (
          <PlaybookSection db={db} actor={actor} now={now} save={(playbook) => savePlaybookVersion(db, playbook, 'editor', new Date())} />
        ),
      }}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SoloOptions />
    </I18nProvider>
  </StrictMode>,
);
