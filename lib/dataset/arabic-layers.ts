import { notesOf } from './statement';
import type { Clause } from './types';

/** A run of a clause's Arabic: statement text, or a translator's note (kept as its own layer). */
export interface ArabicPart {
  text: string;
  noteId?: string;
}

/** Splits a clause's Arabic into statement text and translator's notes, by the notes' offsets in the source. */
export function arabicParts(clause: Clause): ArabicPart[] {
  const parts: ArabicPart[] = [];
  let at = clause.start;
  for (const note of notesOf(clause.id).sort((a, b) => a.start - b.start)) {
    if (note.start > at) parts.push({ text: clause.arabic.slice(at - clause.start, note.start - clause.start) });
    parts.push({ text: note.arabic, noteId: note.id });
    at = note.end;
  }
  if (at < clause.end) parts.push({ text: clause.arabic.slice(at - clause.start) });
  return parts;
}
