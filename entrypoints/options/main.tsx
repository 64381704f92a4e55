import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { createTalDb, getActivePlaybook, openAccountCache } from '@/lib/db';
import { sendMessage } from '@/lib/messaging/protocol';
import { currentTranslator } from '@/lib/services/current-translator';
import { savePlaybookFor } from '@/lib/services/save-playbook';
import { chooseActor, createModeTalService } from '@/lib/services/tal/choose-tal-service';
import { checkConnection } from '@/lib/sync/check-connection';
import '@/components/theme.css';
import './options.css';
import { App } from './App';
import { DataSection } from './data/DataSection';
import { saveFile } from './data/download';
import { PlaybookSection } from './playbook/PlaybookSection';
import { ReviewSection } from './review/ReviewSection';
import { TalSection } from './tal/TalSection';
import { TeamSection } from './team/TeamSection';
import { useTeamServer } from './team/use-team-server';

// Wiring only. Solo mode: one person is rep and manager, writes go to the local database. Team mode
// (a server set in the Team section): the server's member acts, writes go to the server; the choice
// follows the setting live.
const db = createTalDb();
const accounts = openAccountCache(db);
const askSync = () => sendMessage('syncNow');
const service = createModeTalService({ db, accounts, askSync });

function Options() {
  const active = useLiveQuery(() => getActivePlaybook(db), []);
  const server = useTeamServer();
  const actor = useMemo(() => chooseActor(server ?? null, active?.playbook), [server, active]);
  const [now] = useState(() => Date.now());
  if (server === undefined) return null;
  return (
    <App
      sections={{
        review: <ReviewSection db={db} accounts={accounts} service={service} actor={actor} now={now} />,
        tal: <TalSection db={db} now={now} download={(fileName, text) => saveFile(fileName, [text])} />,
        data: <DataSection db={db} />,
        playbook: (
          <PlaybookSection
            db={db}
            actor={actor}
            now={now}
            save={(playbook) => savePlaybookFor(server, playbook, { db, translate: currentTranslator })}
          />
        ),
        team: <TeamSection check={(url, token, options) => checkConnection(url, token, undefined, options)} syncNow={askSync} />,
      }}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Options />
    </I18nProvider>
  </StrictMode>,
);
