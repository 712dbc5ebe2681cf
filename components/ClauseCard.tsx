import {
  clauseLabel,
  clauseSummary,
  confirmationText,
  confirmationsOf,
  divergencesOf,
  divergenceText,
  noteExplanation,
  notesOf,
  noteTranslation,
} from '../lib/dataset/statement';
import type { Clause } from '../lib/dataset/types';
import type { ClauseMatch } from '../lib/engine/report';
import { emphasise } from '../lib/report/emphasis';
import { ArticleText } from './ArticleText';
import { ArabicSource } from './ArabicSource';
import { t } from './i18n';
import { useLanguages } from './languages';
import { Foreign, MixedText } from './MixedText';
import { Translation } from './Translation';

interface Props {
  clause: Clause;
  match?: ClauseMatch;
  /** The article's language as the engine detected it, for the passages' `lang`. */
  articleLanguage?: string;
  open?: boolean;
  /** The reader picked this clause (in the coverage map or by clicking its passage in the page). */
  selected?: boolean;
  onCopy?: (clause: Clause, passage?: string) => void;
  onShow?: (passage: string) => void;
}

const QUOTES = { en: ['“', '”'], ar: ['«', '»'], ru: ['«', '»'] } as const;

/** One clause: Arabic source, translation, translator's notes, divergences, and the article's matching passages. */
export function ClauseCard({ clause, match, articleLanguage, open = false, selected = false, onCopy, onShow }: Props) {
  const languages = useLanguages();
  const { ui } = languages;
  const notes = notesOf(clause.id);
  const divergences = divergencesOf(clause.id);
  const confirmations = confirmationsOf(clause.id);
  const [open_, close_] = QUOTES[ui];
  return (
    <details
      class={selected ? 'clause-card selected' : 'clause-card'}
      id={`clause-${clause.id}`}
      data-clause={clause.id}
      data-selected={selected ? 'true' : undefined}
      open={open}
    >
      <summary>
        <h3 class="clause-label">{clauseLabel(clause, ui)}</h3>
        {match && <span class={`tier tier-${match.tier}`}>{t(`tier_${match.tier}`)}</span>}
      </summary>
      <p class="clause-summary">{clauseSummary(clause, ui)}</p>
      <div class="card-part">
        <h4>{t('arabicSource')}</h4>
        <ArabicSource clause={clause} />
      </div>
      <div class="card-part">
        <h4>{t(`translation_${languages.translation}`)}</h4>
        <Translation clause={clause} />
      </div>
      {notes.length > 0 && (
        <div class="card-part">
          <h4>{t('translatorNotes')}</h4>
          <ul class="notes">
            {notes.map((n) => (
              <li key={n.id} data-note={n.id}>
                <p class="note-line">
                  <Foreign lang="ar" text={n.arabic} class="arabic-inline" /> — {open_}
                  <Foreign lang={languages.translation} text={noteTranslation(n, languages.translation)} />
                  {close_} <span class="note-kind">{t(`noteKind_${n.kind}`)}</span>
                </p>
                <p class="explanation">
                  <MixedText text={noteExplanation(n, ui)} />
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
            {divergences.map((d) => {
              const text = divergenceText(d, ui);
              return (
                <li key={d.id} data-divergence={d.id}>
                  <p>
                    <span class="divergence-kind">{t(`divergence_${d.kind}`)}</span>{' '}
                    <MixedText text={text.explanation} />
                  </p>
                  <dl>
                    <dt>{t('translationSays')}</dt>
                    <dd>
                      <MixedText text={text.translationSays} />
                    </dd>
                    <dt>{t('officialSays')}</dt>
                    <dd>
                      <MixedText text={text.officialSays} />
                    </dd>
                  </dl>
                </li>
              );
            })}
            {confirmations.map((c, i) => (
              <li key={`c${i}`} class="confirmation">
                {confirmationText(c, ui)}
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
                <ArticleText as="blockquote" text={p.text} language={articleLanguage}>
                  {emphasise(p.text, p.evidence).map((part, i) =>
                    part.evidence ? <strong key={i}>{part.text}</strong> : <span key={i}>{part.text}</span>,
                  )}
                </ArticleText>
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
