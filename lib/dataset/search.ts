import { fold, originOf, type Folded } from '../text/fold';
import { SEARCH_TERMS } from './search-terms';
import { listClauses, notesOf, translationText } from './statement';
import type { ClauseId, MatchLanguage } from './types';

export interface SearchHit {
  clauseId: ClauseId;
  score: number;
  /** Where the query matched, in the field's own spelling, with the matched part marked by offsets. */
  snippet: { field: SearchField; text: string; matchStart: number; matchEnd: number; lang?: MatchLanguage };
}

export type SearchField = 'label' | 'arabic' | 'translation' | 'russian' | 'summary' | 'note' | 'term';

interface IndexedField {
  field: SearchField;
  text: string;
  folded: Folded;
  weight: number;
  /** The field's language, where it is of one language (a note mixes Arabic and English). */
  lang?: MatchLanguage;
}

type Field = [SearchField, string, number, MatchLanguage?];

let index: Map<ClauseId, IndexedField[]> | null = null;

/**
 * Built once, on first search: every field a reader might search, folded: labels, the Arabic, the English and
 * Russian translations and renderings, summaries, notes, and in every language read, the statement's rendering and
 * the clause's lexicon phrases (so "Nichteinmischung", «互不干涉» or "no injerencia" find point 4).
 */
function buildIndex(): Map<ClauseId, IndexedField[]> {
  const map = new Map<ClauseId, IndexedField[]>();
  for (const clause of listClauses()) {
    const fields: Field[] = [
      ['label', clause.label, 3, 'en'],
      ['arabic', clause.arabic, 2, 'ar'],
      ['translation', translationText(clause, true), 2, 'en'],
      ['translation', translationText(clause, true, 'ru'), 2, 'ru'],
      ['russian', clause.russian, 2, 'ru'],
      ...SEARCH_TERMS.map(({ lang, rendering }): Field => ['translation', rendering?.[clause.id] ?? '', 2, lang]),
      ['summary', clause.summary, 1.5, 'en'],
      ['summary', clause.summaries.ar, 1.5, 'ar'],
      ['summary', clause.summaries.ru, 1.5, 'ru'],
      ...notesOf(clause.id).map((n): Field => ['note', `${n.arabic} ${n.translation}`, 1]),
      ...SEARCH_TERMS.flatMap(({ lang, clauses }) =>
        Object.keys(clauses[clause.id] ?? {}).map((term): Field => ['term', term, 1, lang]),
      ),
    ];
    map.set(
      clause.id,
      fields
        .filter(([, text]) => text !== '')
        .map(([field, text, weight, lang]) => ({ field, text, folded: fold(text), weight, lang })),
    );
  }
  return map;
}

const SNIPPET_RADIUS = 60;

const LATIN_QUERY = /^[a-z0-9\u00c0-\u024f\u1e00-\u1eff .'-]+$/;
const LETTER = /\p{L}/u;

/**
 * Where `query` stands in `text`. A query in Latin letters must start a word ("NSA" is not the middle of
 * "responsabilità", "reset" not of "preset"); other scripts attach articles and particles to the word (Arabic «ال»)
 * or write no spaces (Chinese), so there any place will do.
 */
function findAt(text: string, query: string): number {
  if (!LATIN_QUERY.test(query)) return text.indexOf(query);
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
    if (at === 0 || !LETTER.test(text[at - 1]!)) return at;
  }
  return -1;
}

/**
 * Searches the clauses in every language read. Spelling is folded on both sides (أ إ آ ٱ → ا, ى → ي,
 * ة → ه, tatweel and diacritics dropped, Arabic-Indic and Persian digits → ASCII, ё → е, case), so «الامن القومي»
 * finds «ألامن القومي» and «١٩٧٢» finds 1972. Returns clauses ranked by score, each with the best snippet.
 */
export function searchClauses(query: string, limit = 10): SearchHit[] {
  const q = fold(query.slice(0, 200)).text.trim().replace(/\s+/g, ' ');
  if (q === '') return [];
  const words = q.split(' ').filter((w) => w.length > 1 || /\d/.test(w));
  index ??= buildIndex();
  const hits: SearchHit[] = [];
  for (const [clauseId, fields] of index) {
    let score = 0;
    let best: { f: IndexedField; at: number; len: number; rank: number } | null = null;
    const matchedWords = new Set<string>();
    for (const f of fields) {
      const phraseAt = findAt(f.folded.text, q);
      if (phraseAt >= 0) {
        const rank = 10 * f.weight;
        score += rank;
        for (const w of words) matchedWords.add(w);
        if (!best || rank > best.rank) best = { f, at: phraseAt, len: q.length, rank };
        continue;
      }
      for (const w of words) {
        const at = findAt(f.folded.text, w);
        if (at < 0) continue;
        matchedWords.add(w);
        const rank = 2 * f.weight;
        score += rank;
        if (!best || rank > best.rank) best = { f, at, len: w.length, rank };
      }
    }
    // Short queries need every word; longer ones most of them ("high seas" must not match "high-level").
    const needed = words.length <= 2 ? words.length : Math.ceil((words.length * 2) / 3);
    if (!best || matchedWords.size < Math.max(1, needed)) continue;
    score *= matchedWords.size / Math.max(words.length, 1);
    hits.push({ clauseId, score, snippet: snippetOf(best.f, best.at, best.len) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

function snippetOf(f: IndexedField, foldedAt: number, foldedLen: number): SearchHit['snippet'] {
  const start = originOf(f.folded, foldedAt);
  const end = originOf(f.folded, foldedAt + foldedLen - 1) + 1;
  const from = Math.max(0, start - SNIPPET_RADIUS);
  const to = Math.min(f.text.length, end + SNIPPET_RADIUS);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < f.text.length ? '…' : '';
  const text = prefix + f.text.slice(from, to) + suffix;
  const snippet = {
    field: f.field,
    text,
    matchStart: prefix.length + start - from,
    matchEnd: prefix.length + end - from,
  };
  return f.lang ? { ...snippet, lang: f.lang } : snippet;
}
