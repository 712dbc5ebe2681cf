/**
 * Each opening quotation mark and the code unit that closes it: English "…" and “…”, Russian and French «…», German
 * „…“, ‹…›, and Chinese and Japanese 「…」 and 『…』.
 */
export const QUOTE_CLOSER: ReadonlyMap<number, number> = new Map([
  [0x22, 0x22], // "…"
  [0x201c, 0x201d], // “…”
  [0xab, 0xbb], // «…»
  [0x201e, 0x201c], // „…“
  [0x2039, 0x203a], // ‹…›
  [0x300c, 0x300d], // 「…」
  [0x300e, 0x300f], // 『…』
]);

const CLOSERS: ReadonlySet<number> = new Set(QUOTE_CLOSER.values());

/** " ” » “ › 」 』 */
export function isClosingQuote(c: number): boolean {
  return CLOSERS.has(c);
}

/** One flag per UTF-16 code unit: a text's every character is checked, and most are not quotation marks. */
const OPENERS = new Uint8Array(0x10000);
for (const c of QUOTE_CLOSER.keys()) OPENERS[c] = 1;

/** " “ « „ ‹ 「 『 */
export function isOpeningQuote(c: number): boolean {
  return OPENERS[c] === 1;
}
