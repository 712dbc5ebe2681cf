import { DATASET_VERSION, listClauses } from '../lib/dataset/statement';
import type { Clause, ClauseId } from '../lib/dataset/types';
import { ClauseCard } from './ClauseCard';
import { t } from './i18n';
import { TranslationLanguagePicker } from './TranslationLanguagePicker';

export type AnalyzeState = 'idle' | 'analysing' | 'not_permitted' | 'error';

interface Props {
  /** Whether the panel has read the tab's stored report yet (or follows no tab). */
  settled: boolean;
  analyze: AnalyzeState;
  onAnalyze: (() => void) | null;
  selected: ClauseId | null;
  onCopy: (clause: Clause) => void;
}

/** The panel when the tab has no report: why, a button to analyse the page, and the whole statement. */
export function StatementView({ settled, analyze, onAnalyze, selected, onCopy }: Props) {
  return (
    <main class="panel">
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class="state state-none" data-state={analyze === 'idle' ? 'none' : analyze} role="status">
          {analyze === 'idle' ? (settled ? t('nothingDetected') : t('loading')) : t(`state_${analyze}`)}
        </p>
        {onAnalyze && (
          <button type="button" onClick={onAnalyze} disabled={analyze === 'analysing'}>
            {t('analyzeThisPage')}
          </button>
        )}
      </header>
      <h2>{t('wholeStatement')}</h2>
      <TranslationLanguagePicker id="translation-language" />
      {listClauses().map((c) => (
        <ClauseCard key={c.id} clause={c} open={selected === c.id} onCopy={onCopy} />
      ))}
      <footer>{t('datasetVersion', DATASET_VERSION)}</footer>
    </main>
  );
}
