import { arabicParts } from '../lib/dataset/arabic-layers';
import type { Clause } from '../lib/dataset/types';
import { t } from './i18n';

/** The clause's Arabic, right to left, with the translator's notes set apart as their own layer. */
export function ArabicSource({ clause }: { clause: Clause }) {
  return (
    <p class="arabic" dir="rtl" lang="ar">
      {arabicParts(clause).map((part, i) =>
        part.noteId ? (
          <mark key={i} class="note" data-note={part.noteId} title={t('translatorNote')}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
