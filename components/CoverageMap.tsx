import { clauseLabel, statementClauses } from '../lib/dataset/statement';
import type { ClauseId } from '../lib/dataset/types';
import type { ClauseMatch } from '../lib/engine/report';
import { t } from './i18n';
import { useLanguages } from './languages';

/** Every statement clause in order, marked quoted / paraphrased / topic only / omitted; a click opens its card. */
export function CoverageMap({ matches, onSelect }: { matches: ClauseMatch[]; onSelect: (id: ClauseId) => void }) {
  const { ui } = useLanguages();
  return (
    <nav class="coverage-map" aria-label={t('coverageMap')}>
      <h2>{t('coverageMap')}</h2>
      <ol>
        {statementClauses().map((clause) => {
          const match = matches.find((m) => m.id === clause.id);
          const state = match ? match.tier : 'omitted';
          return (
            <li key={clause.id} data-clause={clause.id} data-coverage={state}>
              <button type="button" onClick={() => onSelect(clause.id)}>
                <span class={`dot dot-${state}`} aria-hidden="true" />
                <span>{clauseLabel(clause, ui)}</span>
                <span class="coverage-state">{t(`coverage_${state}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
