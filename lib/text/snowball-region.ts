/**
 * Snowball's R1/R2 regions: the index just past the first non-vowel that follows a vowel, at or after `from`
 * (R1 from the word's start, R2 from R1). Each language says what its vowels are.
 */
export function regionAfter(word: string, from: number, isVowel: (ch: string | undefined) => boolean): number {
  let i = from;
  while (i < word.length && !isVowel(word[i])) i++;
  i++; // past the vowel
  while (i < word.length && isVowel(word[i])) i++;
  return Math.min(i + 1, word.length);
}
