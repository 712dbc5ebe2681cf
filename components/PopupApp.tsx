import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clauseLabel, getClause } from '../lib/dataset/statement';
import { searchClauses } from '../lib/dataset/search';
import { getTabReport, type TabReport } from '../lib/storage/tab-reports';
import { setPanelFocus } from '../lib/storage/panel-focus';
import { clauseCitation } from '../lib/report/citation';
import { directionOf, scriptLanguage } from '../lib/dataset/mixed-text';
import { t } from './i18n';
import { LanguagesContext, useReaderLanguages } from './languages';
import { SettingsView } from './SettingsView';
import { openSidePanel } from '../lib/messaging/open-side-panel';
import { askBackground } from '../lib/messaging/panel-to-background';
import type { ClauseId } from '../lib/dataset/types';

const hasSidePanel = () =>
  !!(globalThis as { chrome?: { sidePanel?: unknown } }).chrome?.sidePanel || 'sidebarAction' in browser;

/** Quick lookup: search the clauses as you type, copy one with its citation, see and open the tab's report. */
export function PopupApp({ fixedTabId = null }: { fixedTabId?: number | null }) {
  const languages = useReaderLanguages();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [tabId, setTabId] = useState<number | null>(null);
  const [entry, setEntry] = useState<TabReport | null>(null);
  const [status, setStatus] = useState('');
  const hits = useMemo(() => searchClauses(query, 10), [query]);

  useEffect(() => {
    void (async () => {
      const id = fixedTabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) return;
      setTabId(id);
      setEntry(await getTabReport(id));
    })();
  }, [fixedTabId]);

  const openPanel = async (clauseId?: ClauseId) => {
    if (tabId === null) return;
    // Open first, inside the click: Chrome opens the side panel only on a user gesture.
    await openSidePanel(tabId);
    if (clauseId) await setPanelFocus(tabId, clauseId);
    window.close();
  };
  const copy = async (id: Parameters<typeof getClause>[0]) => {
    await navigator.clipboard.writeText(clauseCitation(id, undefined, languages));
    setStatus(t('copied', clauseLabel(getClause(id), languages.ui)));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && hits[active]) void copy(hits[active].clauseId);
    else return;
    e.preventDefault();
  };
  const count = entry && entry.report.verdict !== 'unrelated' ? entry.report.clauses.length : 0;

  return (
    <LanguagesContext.Provider value={languages}>
      <main class="popup">
        <h1>{t('actionTitle')}</h1>
        <section class="tab-status" aria-label={t('thisPage')}>
          <p data-status={count > 0 ? 'detected' : 'none'}>
            {count > 0 ? t('clausesReferenced', String(count)) : t('nothingDetectedShort')}
          </p>
          <div class="actions">
            {hasSidePanel() && (
              <button type="button" onClick={() => void openPanel()}>
                {t('openSidePanel')}
              </button>
            )}
            {tabId !== null && (
              <button type="button" onClick={() => void askBackground({ type: 'analyze-tab', tabId })}>
                {t('analyzeThisPage')}
              </button>
            )}
          </div>
        </section>
        <search>
          <label for="q">{t('searchLabel')}</label>
          <input
            id="q"
            type="search"
            autoFocus
            value={query}
            placeholder={t('searchPlaceholder')}
            onInput={(e) => {
              setQuery((e.target as HTMLInputElement).value);
              setActive(0);
            }}
            onKeyDown={onKey}
            aria-controls="results"
          />
        </search>
        <ul id="results" class="results" aria-label={t('searchResults')}>
          {hits.map((hit, i) => {
            const clause = getClause(hit.clauseId);
            const s = hit.snippet;
            // The snippet may be in any language read, whatever the UI language: it carries its own.
            const lang = s.lang ?? scriptLanguage(s.text);
            return (
              <li
                key={hit.clauseId}
                aria-current={i === active ? 'true' : undefined}
                data-clause={hit.clauseId}
                class={i === active ? 'active' : ''}
              >
                <span class="clause-label">{clauseLabel(clause, languages.ui)}</span>
                <bdi class="snippet" lang={lang ?? undefined} dir={lang ? directionOf(lang) : 'auto'}>
                  {s.text.slice(0, s.matchStart)}
                  <mark>{s.text.slice(s.matchStart, s.matchEnd)}</mark>
                  {s.text.slice(s.matchEnd)}
                </bdi>
                <span class="actions">
                  <button type="button" onClick={() => void copy(hit.clauseId)}>
                    {t('copyCitation')}
                  </button>
                  {hasSidePanel() && tabId !== null && (
                    <button type="button" onClick={() => void openPanel(hit.clauseId)}>
                      {t('openInSidePanel')}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
          {query.trim() !== '' && hits.length === 0 && <li class="empty">{t('noResults')}</li>}
        </ul>
        <p class="status" role="status">
          {status}
        </p>
        <SettingsView />
      </main>
    </LanguagesContext.Provider>
  );
}
