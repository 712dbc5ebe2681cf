/**
 * A set of words looked up where a word stands in a text, code unit by code unit, without cutting it out first. The
 * passes over a whole article (the language detector's function words, the date reader's month names and fillers)
 * look up every word, and most are in no set: cutting each out and hashing it was most of those passes' time and
 * garbage. Some entries are prefixes, which take every word they begin (Russian month stems: «сентябр» for every case
 * of «сентябрь»).
 *
 * Node 0 is the root; node n's children are childChar/childNode[childFrom[n] .. childFrom[n + 1] - 1], sorted by
 * code unit.
 */
export interface WordTrie {
  childFrom: Int32Array;
  childChar: Uint16Array;
  childNode: Int32Array;
  /** Non-zero where a word of the set ends: the value it was given. */
  value: Int32Array;
  /** 1 where a prefix entry ends. */
  prefix: Uint8Array;
}

/** No word of the set goes on this way. */
export const DEAD = -1;

/**
 * A trie of `words`, each with a non-zero value (a word given twice has its values or-ed: one bit per language a
 * function word speaks for), and of `prefixes`.
 */
export function wordTrie(words: Iterable<readonly [string, number]>, prefixes: Iterable<string> = []): WordTrie {
  const children: Map<number, number>[] = [new Map()];
  const value: number[] = [0];
  const prefix: number[] = [0];
  const add = (word: string): number => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = children[node]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        value.push(0);
        prefix.push(0);
        children[node]!.set(c, next);
      }
      node = next;
    }
    return node;
  };
  for (const [word, v] of words) {
    if (v === 0) throw new Error(`word-trie: "${word}" needs a non-zero value`);
    const node = add(word);
    value[node]! |= v;
  }
  for (const p of prefixes) prefix[add(p)] = 1;
  const childFrom = new Int32Array(children.length + 1);
  const childChar: number[] = [];
  const childNode: number[] = [];
  children.forEach((map, n) => {
    childFrom[n] = childChar.length;
    for (const [c, next] of [...map].sort((a, b) => a[0] - b[0])) {
      childChar.push(c);
      childNode.push(next);
    }
  });
  childFrom[children.length] = childChar.length;
  return {
    childFrom,
    childChar: Uint16Array.from(childChar),
    childNode: Int32Array.from(childNode),
    value: Int32Array.from(value),
    prefix: Uint8Array.from(prefix),
  };
}

/** The node reached from `node` by code unit `c`, or DEAD. */
export function trieStep(trie: WordTrie, node: number, c: number): number {
  if (node === DEAD) return DEAD;
  let lo = trie.childFrom[node]!;
  let hi = trie.childFrom[node + 1]! - 1;
  // Binary search: the root of a set of several scripts' words has dozens of children.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = trie.childChar[mid]!;
    if (m === c) return trie.childNode[mid]!;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return DEAD;
}

/**
 * Non-zero when the word text.slice(start, end) is in the set: its value, or PREFIXED when a prefix entry takes it
 * (a prefix met first wins). 0 when it is not in the set.
 */
export function trieValue(trie: WordTrie, text: string, start: number, end: number): number {
  let node = 0;
  for (let i = start; i < end; i++) {
    if (trie.prefix[node] === 1) return PREFIXED;
    node = trieStep(trie, node, text.charCodeAt(i));
    if (node === DEAD) return 0;
  }
  return trie.value[node] !== 0 ? trie.value[node]! : trie.prefix[node] === 1 ? PREFIXED : 0;
}

/** What trieValue gives a word that only a prefix entry takes. */
export const PREFIXED = -1;
