import { createTalDb } from '@/lib/db';
import { setupActiveTab } from './active-tab';
import { setupAlerts } from './alerts';
import { setupBadge } from './badge';
import { setupDemoData } from './demo-data';
import { setupMessages } from './messages';
import { setupOverlayUpkeep } from './overlay-upkeep';
import { setupPageSignals } from './page-signals';
import { setupSidePanel } from './side-panel';
import { setupTeamSync } from './sync';

export default defineBackground(() => {
  // Wiring only: each concern lives in a sibling setup file.
  const db = createTalDb();
  setupSidePanel();
  setupActiveTab();
  setupBadge(db);
  setupDemoData(db);
  setupMessages(db);
  setupPageSignals();
  setupTeamSync({ db });
  setupAlerts({ db });
  setupOverlayUpkeep({ db });
});
