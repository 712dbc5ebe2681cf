import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { stemEnglish } from './stem-english';

/**
 * Writes lib/text/english-lemmas.json: the English word forms that suffix stemming cannot bring back to their lemma
 * (struck → strike, sought → seek, children → child, crises → crisis), taken from compromise's lexicon and its
 * conjugation and inflection models. compromise runs here, ahead of time, and never at run time: the engine reads
 * only the small table (and the extension's bundles never contain compromise).
 *
 * Run with `node --import tsx lib/text/build-english-lemmas.ts`; test/lib/text/english-lemmas.test.ts checks that
 * the committed table is what this script produces.
 */

type Tag = string | string[];
interface World {
  model: { one: { lexicon: Record<string, Tag> } };
  methods: {
    two: {
      transform: {
        verb: {
          conjugate: (inf: string, model: unknown) => Record<string, string | undefined>;
          toInfinitive: (form: string, model: unknown, tense: string) => string;
        };
        noun: { toSingular: (w: string, model: unknown) => string; toPlural: (w: string, model: unknown) => string };
      };
    };
  };
}

const WORD = /^[a-z]+$/;

export function buildEnglishLemmas(): Record<string, string> {
  const world = (nlp as unknown as { world: () => World }).world();
  const model = world.model;
  const { verb, noun } = world.methods.two.transform;
  const out = new Map<string, string>();
  const known = model.one.lexicon;
  const add = (form: string | undefined, lemma: string | undefined) => {
    if (!form || !lemma || !WORD.test(form) || !WORD.test(lemma) || form === lemma || lemma.length < 3) return;
    if (form.endsWith('inging')) return; // a gerund of a gerund («alluringing»)
    // A guessed lemma that compromise does not itself know («foes» → «fo») is a wrong guess.
    if (!(lemma in known)) return;
    // Only what stemming gets wrong: regular forms already meet their lemma.
    if (stemEnglish(form) === stemEnglish(lemma)) return;
    if (!out.has(form)) out.set(form, lemma);
  };
  const isTagged = (word: string, t: string) => {
    const tag = known[word];
    return tag !== undefined && (Array.isArray(tag) ? tag.includes(t) : tag === t);
  };
  // Every pair must go both ways (the lemma's own forms include the word), so a wrong guess such as «lies» → «ly»
  // or «toning» → «ton» is left out.
  const verbForms = (inf: string) => Object.values(verb.conjugate(inf, model));
  for (const [word, tag] of Object.entries(known)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (!WORD.test(word)) continue;
    if (tags.includes('Infinitive')) {
      for (const form of verbForms(word)) add(form, word);
    }
    for (const tense of ['PastTense', 'PresentTense', 'Gerund']) {
      if (!tags.includes(tense)) continue;
      const inf = verb.toInfinitive(word, model, tense);
      if (verbForms(inf).includes(word)) add(word, inf);
    }
    if (tags.includes('Participle')) {
      const inf = verb.toInfinitive(word, model, 'PastTense');
      if (isTagged(inf, 'Infinitive')) add(word, inf);
    }
    if (tags.includes('Plural')) {
      const singular = noun.toSingular(word, model);
      if (noun.toPlural(singular, model) === word) add(word, singular);
    }
    if (tags.includes('Singular')) add(noun.toPlural(word, model), word);
  }
  return Object.fromEntries([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'build-english-lemmas.ts')) {
  const table = buildEnglishLemmas();
  writeFileSync(resolve(import.meta.dirname, 'english-lemmas.json'), JSON.stringify(table, null, 2) + '\n');
  console.log(`english-lemmas.json: ${Object.keys(table).length} forms`);
}
