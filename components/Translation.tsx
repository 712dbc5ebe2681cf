import { getNote, noteTranslation, translationSegments } from '../lib/dataset/statement';
import { directionOf } from '../lib/dataset/mixed-text';
import type { Clause } from '../lib/dataset/types';
import { t } from './i18n';
import { useLanguages } from './languages';

/** The translation in the reader's translation language, each translator's note shown where it stands, as an insertion. */
export function Translation({ clause }: { clause: Clause }) {
  const { translation: lang } = useLanguages();
  return (
    <p class="translation" lang={lang} dir={directionOf(lang)}>
      {translationSegments(clause, lang).map((seg, i) => {
        if ('text' in seg) return <span key={i}>{seg.text}</span>;
        const note = getNote(seg.noteId);
        return (
          <ins key={i} class="note" data-note={seg.noteId} title={t('translatorNote')}>
            ({note ? noteTranslation(note, lang) : ''})
          </ins>
        );
      })}
    </p>
  );
}
