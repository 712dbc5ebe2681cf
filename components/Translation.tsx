import { getNote } from '../lib/dataset/statement';
import type { Clause } from '../lib/dataset/types';
import { t } from './i18n';

/** The English translation, with each translator's note shown where it stands, as a marked insertion. */
export function Translation({ clause }: { clause: Clause }) {
  return (
    <p class="translation" lang="en" dir="ltr">
      {clause.translation.map((seg, i) => {
        if ('text' in seg) return <span key={i}>{seg.text}</span>;
        const note = getNote(seg.noteId);
        return (
          <ins key={i} class="note" data-note={seg.noteId} title={t('translatorNote')}>
            ({note?.translation ?? ''})
          </ins>
        );
      })}
    </p>
  );
}
