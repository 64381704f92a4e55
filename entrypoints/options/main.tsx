import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { getActivePlaybook } from '@/lib/db';
import { chooseActor } from '@/lib/services/tal/choose-tal-service';
import '@/components/theme.css';
import './options.css';
import { App } from './App';
import { DataSection } from './data/DataSection';
import { createExtensionOptionsServices } from './extension-services';
import { PlaybookSection } from './playbook/PlaybookSection';
import { RecertifySection } from './recertify/RecertifySection';
import { ReviewSection } from './review/ReviewSection';
import { OptionsServicesProvider, useOptionsServices } from './services';
import { TalSection } from './tal/TalSection';
import { TeamSection } from './team/TeamSection';
import { useTeamServer } from './team/use-team-server';

/** The sections, and who acts in them: solo mode's one person, or the team server's member (followed live). */
function Options() {
  const { db } = useOptionsServices();
  const active = useLiveQuery(() => getActivePlaybook(db), [db]);
  const server = useTeamServer();
  const actor = useMemo(() => chooseActor(server ?? null, active?.playbook), [server, active]);
  if (server === undefined) return null;
  return (
    <App
      sections={{
        review: <ReviewSection actor={actor} />,
        tal: <TalSection actor={actor} />,
        recertify: <RecertifySection actor={actor} />,
        data: <DataSection />,
        playbook: <PlaybookSection actor={actor} />,
        team: <TeamSection />,
      }}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <OptionsServicesProvider services={createExtensionOptionsServices()}>
        <Options />
      </OptionsServicesProvider>
    </I18nProvider>
  </StrictMode>,
);
