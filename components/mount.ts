import { t, uiDirection } from './i18n';

/** Sets the page's language and direction from the UI locale, then renders into #app. */
export function mountApp(render: (root: HTMLElement) => void): void {
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  document.documentElement.dir = uiDirection();
  const root = document.getElementById('app');
  if (root) render(root);
}

/** When the side panel page is opened as a tab (tests, "open in tab"), ?tabId= fixes the tab it shows. */
mountApp.tabIdFromUrl = (): number | null => {
  const raw = new URLSearchParams(location.search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
};
