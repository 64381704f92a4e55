import { browser } from 'wxt/browser';

/** The toolbar icon opens Chrome's native side panel (Firefox: the sidebar). */
export function setupSidePanel(api = browser) {
  const chromeSidePanel = (api as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } })
    .sidePanel;
  if (chromeSidePanel) {
    chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('TAL Scout: could not set the side panel behaviour', error);
    });
    return;
  }
  const sidebar = (api as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (sidebar) api.action.onClicked.addListener(() => void sidebar.toggle());
}
