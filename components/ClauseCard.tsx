import { clauseLabel, confirmationsOf, divergencesOf, notesOf } from '../lib/dataset/statement';
import type { Clause } from '../lib/dataset/types';
import type { ClauseMatch } from '../lib/engine/report';
import { emphasise } from '../lib/report/emphasis';
import { ArabicSource } from './ArabicSource';
import { t, uiLanguage } from './i18n';
import { Translation } from './Translation';

interface Props {
  clause: Clause;
  match?: ClauseMatch;
  open?: boolean;
  /** The reader picked this clause (in the coverage map or by clicking its passage in the page). */
  selected?: boolean;
  onCopy?: (clause: Clause, passage?: string) => void;
  onShow?: (passage: string) => void;
}

/** One clause: Arabic source, translation, translator's notes, divergences, and the article's matching passages. */
export function ClauseCard({ clause, match, open = false, selected = false, onCopy, onShow }: Props) {
  const notes = notesOf(clause.id);
  const divergences = divergencesOf(clause.id);
  const confirmations = confirmationsOf(clause.id);
  return (
    <details
      class={selected ? 'clause-card selected' : 'clause-card'}
      id={`clause-${clause.id}`}
      data-clause={clause.id}
      data-selected={selected ? 'true' : undefined}
      open={open}
    >
      <summary>
        <h3 class="clause-label">{clauseLabel(clause, uiLanguage())}</h3>
        {match && <span class={`tier tier-${match.tier}`}>{t(`tier_${match.tier}`)}</span>}
      </summary>
      <div class="card-part">
        <h4>{t('arabicSource')}</h4>
        <ArabicSource clause={clause} />
      </div>
      <div class="card-part">
        <h4>{t('translation')}</h4>
        <Translation clause={clause} />
      </div>
      {notes.length > 0 && (
        <div class="card-part">
          <h4>{t('translatorNotes')}</h4>
          <ul class="notes">
            {notes.map((n) => (
              <li key={n.id} data-note={n.id}>
                <span class="arabic-inline" dir="rtl" lang="ar">
                  {n.arabic}
                </span>{' '}
                — <q>{n.translation}</q> <span class="note-kind">{t(`noteKind_${n.kind}`)}</span>
                <p class="explanation" dir="auto">
                  {n.explanation}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(divergences.length > 0 || confirmations.length > 0) && (
        <div class="card-part">
          <h4>{t('comparedWithOfficial')}</h4>
          <ul class="divergences">
            {divergences.map((d) => (
              <li key={d.id} data-divergence={d.id} dir="auto">
                <span class="divergence-kind">{t(`divergence_${d.kind}`)}</span> {d.explanation}
                <dl>
                  <dt>{t('translationSays')}</dt>
                  <dd>{d.translationSays}</dd>
                  <dt>{t('officialSays')}</dt>
                  <dd>{d.officialSays}</dd>
                </dl>
              </li>
            ))}
            {confirmations.map((c, i) => (
              <li key={`c${i}`} class="confirmation">
                {c.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {match && match.passages.length > 0 && (
        <div class="card-part">
          <h4>{t('articlePassages')}</h4>
          <ul class="passages">
            {match.passages.map((p) => (
              <li key={p.start} class="passage" data-start={p.start}>
                <blockquote dir="auto">
                  {emphasise(p.text, p.evidence).map((part, i) =>
                    part.evidence ? <strong key={i}>{part.text}</strong> : <span key={i}>{part.text}</span>,
                  )}
                </blockquote>
                <div class="actions">
                  {onShow && (
                    <button type="button" class="show-in-page" onClick={() => onShow(p.text)}>
                      {t('showInPage')}
                    </button>
                  )}
                  {onCopy && (
                    <button type="button" onClick={() => onCopy(clause, p.text)}>
                      {t('copyCitation')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
      {onCopy && !match && (
        <button type="button" onClick={() => onCopy(clause)}>
          {t('copyCitation')}
        </button>
      )}
    </details>
  );
}
