import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clauseLabel, DATASET_VERSION, getClause, listClauses } from '../lib/dataset/statement';
import type { Clause, ClauseId } from '../lib/dataset/types';
import type { Report } from '../lib/engine/report';
import { askBackground } from '../lib/messaging/panel-to-background';
import { parsePageToPanel } from '../lib/messaging/page-to-panel';
import type { HighlightPassage, HighlightResult, Reply } from '../lib/messaging/protocol';
import { takePanelFocus } from '../lib/storage/panel-focus';
import { clauseCitation } from '../lib/report/citation';
import { markdownReport } from '../lib/report/markdown';
import { ClauseCard } from './ClauseCard';
import { CoverageMap } from './CoverageMap';
import { t, uiLanguage } from './i18n';
import { usePanelTab, useTabReport } from './usePanelTab';

type AnalyzeState = 'idle' | 'analysing' | 'not_permitted' | 'error';

/** Follows a tab (the active one, or ?tabId= when opened as a page) and shows its report, or the whole statement. */
export function SidePanelApp({ fixedTabId }: { fixedTabId: number | null }) {
  const tabId = usePanelTab(fixedTabId);
  const { entry, loaded } = useTabReport(tabId);
  const [selected, setSelected] = useState<ClauseId | null>(null);
  const [status, setStatus] = useState('');
  const [analyze, setAnalyze] = useState<AnalyzeState>('idle');
  const report = entry?.report && entry.report.verdict !== 'unrelated' ? entry.report : null;
  const passages = useMemo(() => passagesOf(report), [report]);

  const select = (id: ClauseId) => {
    setSelected(id);
    requestAnimationFrame(() => document.getElementById(`clause-${id}`)?.scrollIntoView({ block: 'start' }));
  };

  // Show every matched passage in the page as soon as there is a report; clear when there is none.
  useEffect(() => {
    if (tabId === null || !loaded) return;
    const message = report ? { type: 'highlight', passages, active: null } : { type: 'clear-highlights' };
    browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  }, [tabId, loaded, report, passages]);

  // A click on a highlight in the page selects its clause here.
  useEffect(() => {
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      const msg = parsePageToPanel(raw);
      if (msg?.type !== 'passage-clicked' || sender.id !== browser.runtime.id || sender.tab?.id !== tabId)
        return undefined;
      select(msg.clauseId);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);

  useEffect(() => {
    if (entry) setAnalyze('idle');
  }, [entry]);

  // The popup may have asked to open on one clause.
  useEffect(() => {
    if (tabId === null) return;
    void takePanelFocus(tabId).then((clauseId) => clauseId && select(clauseId));
  }, [tabId]);

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied', what));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const copyCitation = (clause: Clause, passage?: string) =>
    void copy(
      clauseCitation(clause.id, passage && entry ? { url: entry.url, passage } : undefined),
      clauseLabel(clause, uiLanguage()),
    );
  const showInPage = async (passage: HighlightPassage) => {
    if (tabId === null) return;
    const active = passages.findIndex((p) => p.text === passage.text && p.clauseId === passage.clauseId);
    try {
      const reply = (await browser.tabs.sendMessage(tabId, {
        type: 'highlight',
        passages,
        active,
      })) as Reply<HighlightResult>;
      setStatus(reply.ok && reply.value.anchored[active] ? '' : t('passageNotFound'));
    } catch {
      setStatus(t('passageNotFound'));
    }
  };
  const analyzeThisPage = async () => {
    if (tabId === null) return;
    setAnalyze('analysing');
    try {
      const reply = await askBackground({ type: 'analyze-tab', tabId });
      if (!reply.ok) setAnalyze(/permission|cannot access|activeTab/i.test(reply.error) ? 'not_permitted' : 'error');
    } catch {
      setAnalyze('error');
    }
  };

  if (!report) {
    return (
      <main class="panel">
        <header>
          <h1>{t('panelTitle')}</h1>
          <p class="state state-none" data-state={analyze === 'idle' ? 'none' : analyze} role="status">
            {analyze === 'idle'
              ? loaded || tabId === null
                ? t('nothingDetected')
                : t('loading')
              : t(`state_${analyze}`)}
          </p>
          {tabId !== null && (
            <button type="button" onClick={() => void analyzeThisPage()} disabled={analyze === 'analysing'}>
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
  const url = entry!.url;
  const exportFile = (kind: 'md' | 'json') => {
    const body = kind === 'md' ? markdownReport(report, url) : JSON.stringify({ url, ...report }, null, 2);
    const blob = new Blob([body], { type: kind === 'md' ? 'text/markdown' : 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `source-check-report.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <main class="panel">
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class={`state verdict verdict-${report.verdict}`} data-verdict={report.verdict}>
          {t(`verdict_${report.verdict}`)} · {t('confidence', String(Math.round(report.confidence * 100)))}
        </p>
        <p class="article-title" dir="auto">
          {report.title}
        </p>
        <p class="report-url" data-url={url}>
          {t('reportFor', displayUrl(url))}
        </p>
        <p class="meta">{t('datasetVersion', DATASET_VERSION)}</p>
        <div class="actions">
          <button type="button" onClick={() => void copy(markdownReport(report, url), t('report'))}>
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
          <h2>{t('framingFlags')}</h2>
          <ul>
            {report.flags.map((f) => (
              <li key={f.id} data-flag={f.id}>
                <p dir="auto">{f.message}</p>
                <blockquote dir="auto">{f.passage}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="clauses" aria-label={t('matchedClauses')}>
        <h2>{t('matchedClauses')}</h2>
        {report.clauses.map((m) => (
          <ClauseCard
            key={m.id}
            clause={getClause(m.id)}
            match={m}
            open
            selected={selected === m.id}
            onCopy={copyCitation}
            onShow={(text) => void showInPage({ text, clauseId: m.id })}
          />
        ))}
      </section>
    </main>
  );
}

/** The address the report describes, short enough for the panel's header (the full one is in the export). */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`.slice(0, 120);
  } catch {
    return url.slice(0, 120);
  }
}

function passagesOf(report: Report | null): HighlightPassage[] {
  return report ? report.clauses.flatMap((c) => c.passages.map((p) => ({ text: p.text, clauseId: c.id }))) : [];
}
