/**
 * Negation words, folded, per language. They are not dropped with the function words but all become one key,
 * NEGATION, so "non-interference", "not to interfere", "never interfere", «невмешательство»/«не вмешиваться» and
 * «عدم التدخل»/«ألا يتدخل» can be written once in the lexicon and still keep their sense apart from "interference".
 */
export const NEGATION = 'not';

export const NEGATION_WORDS: Record<'ar' | 'en' | 'ru', ReadonlySet<string>> = {
  en: new Set(
    `not no non never nor neither without nothing none nowhere cannot dont doesnt didnt wont wouldnt shouldnt cant
    couldnt isnt arent wasnt werent hasnt havent hadnt mustnt`.split(/\s+/),
  ),
  ru: new Set(['не', 'ни', 'нет', 'без', 'никогда', 'ничего', 'никакого', 'никакой', 'никаких', 'никакие']),
  // «ألا» (= أن لا) folds to «الا», as does «إلا» (except): reading both as a negation costs nothing here.
  ar: new Set(`لا لن لم ليس ليست عدم بعدم وعدم لعدم الا بالا والا ولا فلا ولم ولن دون بدون`.split(/\s+/)),
};
