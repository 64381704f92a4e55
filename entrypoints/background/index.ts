import { setupActiveTab } from './active-tab';
import { setupSidePanel } from './side-panel';

export default defineBackground(() => {
  // Wiring only: each concern lives in a sibling setup file.
  setupSidePanel();
  setupActiveTab();
});
