import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DATASET_VERSION, listClauses } from '../lib/dataset/statement';
import type { Clause } from '../lib/dataset/types';
import { clauseCitation } from '../lib/report/citation';
import { markdownReport } from '../lib/report/markdown';
import { tabReportKey, type TabReport } from '../lib/messaging/protocol';
import { ClauseCard } from './ClauseCard';
import { CoverageMap } from './CoverageMap';
import { t } from './i18n';

/** Follows a tab (the active one, or ?tabId= when opened as a page) and shows its report, or the whole statement. */
export function SidePanelApp({ fixedTabId }: { fixedTabId: number | null }) {
  const [tabId, setTabId] = useState<number | null>(fixedTabId);
  const [entry, setEntry] = useState<TabReport | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (fixedTabId !== null) return;
    const follow = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id ?? null);
    };
    void follow();
    const onActivated = () => void follow();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTabId]);

  useEffect(() => {
    if (tabId === null) return;
    const key = tabReportKey(tabId);
    const load = async () => setEntry(((await browser.storage.session.get(key))[key] as TabReport | undefined) ?? null);
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);

  const report = entry?.report;
  const copy = async (text: string, what: string) => {
    await navigator.clipboard.writeText(text);
    setStatus(t('copied', what));
  };
  const copyCitation = (clause: Clause, passage?: string) =>
    void copy(clauseCitation(clause.id, passage && entry ? { url: entry.url, passage } : undefined), clause.label);
  const select = (id: string) => {
    setSelected(id);
    requestAnimationFrame(() => document.getElementById(`clause-${id}`)?.scrollIntoView({ block: 'start' }));
  };

  if (!report || report.verdict === 'unrelated') {
    return (
      <main class="panel" aria-live="polite">
        <header>
          <h1>{t('panelTitle')}</h1>
          <p class="state state-none">{t('nothingDetected')}</p>
          {tabId !== null && (
            <button type="button" onClick={() => void browser.runtime.sendMessage({ type: 'analyze-tab', tabId })}>
              {t('analyzeThisPage')}
            </button>
          )}
        </header>
        <h2>{t('wholeStatement')}</h2>
        {listClauses().map((c) => (
          <ClauseCard key={c.id} clause={c} open={selected === c.id} onCopy={copyCitation} />
        ))}
        <footer>{t('datasetVersion', DATASET_VERSION)}</footer>
      </main>
    );
  }
  const exportFile = (kind: 'md' | 'json') => {
    const body =
      kind === 'md' ? markdownReport(report, entry.url) : JSON.stringify({ url: entry.url, ...report }, null, 2);
    const blob = new Blob([body], { type: kind === 'md' ? 'text/markdown' : 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `source-check-report.${kind}`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <main class="panel" aria-live="polite">
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class={`state verdict verdict-${report.verdict}`} data-verdict={report.verdict}>
          {t(`verdict_${report.verdict}`)} · {t('confidence', String(Math.round(report.confidence * 100)))}
        </p>
        <p class="article-title">{report.title}</p>
        <p class="meta">{t('datasetVersion', DATASET_VERSION)}</p>
        <div class="actions">
          <button type="button" onClick={() => void copy(markdownReport(report, entry.url), t('report'))}>
            {t('copyReport')}
          </button>
          <button type="button" onClick={() => exportFile('md')}>
            {t('exportMarkdown')}
          </button>
          <button type="button" onClick={() => exportFile('json')}>
            {t('exportJson')}
          </button>
        </div>
        <p class="status" role="status">
          {status}
        </p>
      </header>
      <CoverageMap matches={report.clauses} onSelect={select} />
      {report.flags.length > 0 && (
        <section class="flags" aria-label={t('framingFlags')}>
          <h3>{t('framingFlags')}</h3>
          <ul>
            {report.flags.map((f) => (
              <li key={f.id} data-flag={f.id}>
                <p>{f.message}</p>
                <blockquote>{f.passage}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="clauses" aria-label={t('matchedClauses')}>
        <h3>{t('matchedClauses')}</h3>
        {report.clauses.map((m) => {
          const clause = listClauses().find((c) => c.id === m.id)!;
          return (
            <ClauseCard
              key={m.id}
              clause={clause}
              match={m}
              open={selected === null || selected === m.id}
              onCopy={copyCitation}
            />
          );
        })}
      </section>
    </main>
  );
}
