import { useCallback, useEffect, useState } from 'preact/hooks';
import { clauseLabel } from '../lib/dataset/statement';
import type { Clause, ClauseId } from '../lib/dataset/types';
import { askBackground } from '../lib/messaging/panel-to-background';
import { clauseCitation } from '../lib/report/citation';
import { exportReport, type ExportFormat } from '../lib/report/export';
import { markdownReport } from '../lib/report/markdown';
import { t } from './i18n';
import { LanguagesContext, useReaderLanguages } from './languages';
import { ReportView } from './ReportView';
import { copyToClipboard, downloadFile } from './save-file';
import { StatementView, type AnalyzeState } from './StatementView';
import { usePageHighlights } from './usePageHighlights';
import { usePanelFocus } from './usePanelFocus';
import { usePanelTab, useTabReport } from './usePanelTab';

/** Follows a tab (the active one, or ?tabId= when opened as a page) and shows its report, or the whole statement. */
export function SidePanelApp({ fixedTabId }: { fixedTabId: number | null }) {
  const languages = useReaderLanguages();
  const tabId = usePanelTab(fixedTabId);
  const { entry, loaded } = useTabReport(tabId);
  const [selected, setSelected] = useState<ClauseId | null>(null);
  const [status, setStatus] = useState('');
  const [analyze, setAnalyze] = useState<AnalyzeState>('idle');
  const report = entry?.report && entry.report.verdict !== 'unrelated' ? entry.report : null;

  const select = useCallback((id: ClauseId) => {
    setSelected(id);
    requestAnimationFrame(() => document.getElementById(`clause-${id}`)?.scrollIntoView({ block: 'start' }));
  }, []);
  const { showInPage } = usePageHighlights(tabId, loaded, report, select);
  usePanelFocus(tabId, select);

  useEffect(() => {
    if (entry) setAnalyze('idle');
  }, [entry]);

  const copy = async (text: string, what: string) =>
    setStatus((await copyToClipboard(text)) ? t('copied', what) : t('copyFailed'));
  const copyCitation = (clause: Clause, passage?: string) =>
    void copy(
      clauseCitation(clause.id, passage && entry ? { url: entry.url, passage } : undefined, languages),
      clauseLabel(clause, languages.ui),
    );
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

  return (
    <LanguagesContext.Provider value={languages}>
      {report && entry ? (
        <ReportView
          report={report}
          url={entry.url}
          selected={selected}
          status={status}
          onSelect={select}
          onCopyReport={() => void copy(markdownReport(report, entry.url, languages), t('report'))}
          onExport={(format: ExportFormat) => downloadFile(exportReport(format, { report, url: entry.url, languages }))}
          onCopy={copyCitation}
          onShow={(clauseId, text) =>
            void showInPage({ text, clauseId }).then((found) => setStatus(found ? '' : t('passageNotFound')))
          }
        />
      ) : (
        <StatementView
          settled={loaded || tabId === null}
          analyze={analyze}
          onAnalyze={tabId !== null ? () => void analyzeThisPage() : null}
          selected={selected}
          onCopy={copyCitation}
        />
      )}
    </LanguagesContext.Provider>
  );
}
