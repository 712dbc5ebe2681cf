import { fold, type Folded } from '../text/fold';
import { lexiconData, listClauses, notesOf, translationText } from './statement';
import type { ClauseId } from './types';

export interface SearchHit {
  clauseId: ClauseId;
  score: number;
  /** Where the query matched, in the field's own spelling, with the matched part marked by offsets. */
  snippet: { field: SearchField; text: string; matchStart: number; matchEnd: number };
}

export type SearchField = 'label' | 'arabic' | 'translation' | 'russian' | 'summary' | 'note' | 'term';

interface IndexedField {
  field: SearchField;
  text: string;
  folded: Folded;
  weight: number;
}

let index: Map<ClauseId, IndexedField[]> | null = null;

/** Built once, on first search: every field a reader might search, in Arabic, English and Russian, folded. */
function buildIndex(): Map<ClauseId, IndexedField[]> {
  const lex = lexiconData();
  const map = new Map<ClauseId, IndexedField[]>();
  for (const clause of listClauses()) {
    const fields: [SearchField, string, number][] = [
      ['label', clause.label, 3],
      ['arabic', clause.arabic, 2],
      ['translation', translationText(clause, true), 2],
      ['translation', translationText(clause, true, 'ru'), 2],
      ['russian', clause.russian, 2],
      ['summary', clause.summary, 1.5],
      ['summary', clause.summaries.ar, 1.5],
      ['summary', clause.summaries.ru, 1.5],
      ...notesOf(clause.id).map((n): [SearchField, string, number] => ['note', `${n.arabic} ${n.translation}`, 1]),
      ...termFields(lex.clauses[clause.id]),
    ];
    map.set(
      clause.id,
      fields.map(([field, text, weight]) => ({ field, text, folded: fold(text), weight })),
    );
  }
  return map;
}

/**
 * The popup searches in the dataset's languages, so only their matching terms are indexed: the other languages'
 * words would only add noise (a query for "NSA" would find it inside «responsabilité» and «responsabilità»).
 */
const SEARCHED_TERM_LANGUAGES = ['ar', 'en', 'ru'] as const;

function termFields(terms: Record<string, Record<string, number>>): [SearchField, string, number][] {
  return SEARCHED_TERM_LANGUAGES.flatMap((lang) =>
    Object.keys(terms[lang] ?? {}).map((t): [SearchField, string, number] => ['term', t, 1]),
  );
}

const SNIPPET_RADIUS = 60;

/**
 * Searches the clauses in Arabic, English and Russian. Spelling is folded on both sides (أ إ آ ٱ → ا, ى → ي,
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
      const phraseAt = f.folded.text.indexOf(q);
      if (phraseAt >= 0) {
        const rank = 10 * f.weight;
        score += rank;
        for (const w of words) matchedWords.add(w);
        if (!best || rank > best.rank) best = { f, at: phraseAt, len: q.length, rank };
        continue;
      }
      for (const w of words) {
        const at = f.folded.text.indexOf(w);
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
  const start = f.folded.map[foldedAt]!;
  const end = f.folded.map[foldedAt + foldedLen - 1]! + 1;
  const from = Math.max(0, start - SNIPPET_RADIUS);
  const to = Math.min(f.text.length, end + SNIPPET_RADIUS);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < f.text.length ? '…' : '';
  const text = prefix + f.text.slice(from, to) + suffix;
  return { field: f.field, text, matchStart: prefix.length + start - from, matchEnd: prefix.length + end - from };
}
