/**
 * Audits, inside an extension page, how text in other languages is marked. Runs in the page (passed to
 * `page.evaluate`), so it is self-contained.
 *
 * - `share`: of the letters in text that is not inside an element marked with another language, how many are in
 *   the page language's script (Cyrillic for ru and uk, Arabic for ar and fa, Han and kana for zh and ja, Latin for
 *   the others).
 * - `problems`: every text whose letters are mostly in another script than the language it is marked with, or
 *   whose element does not isolate its direction (`dir` attribute or `<bdi>` on the element that gives it its
 *   `lang`), or is laid out in the wrong direction for its script (an English sentence in a right-to-left box puts
 *   its full stop at the wrong end).
 * - `foreign`: how many elements with another language were found (so an audit of an empty page proves nothing).
 */
export function auditLanguages(): { share: number; letters: number; problems: string[]; foreign: number } {
  const scripts: Record<string, RegExp> = {
    ar: /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u,
    ru: /[\u0400-\u04ff]/u,
    en: /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/u,
    zh: /[\u3040-\u30ff\u3400-\u9fff]/u,
  };
  /** Each language by the key of its script in `scripts`. */
  const scriptKey = (lang: string): string =>
    lang === 'fa' ? 'ar' : lang === 'uk' ? 'ru' : lang === 'ja' ? 'zh' : lang in scripts ? lang : 'en';
  const rtl = new Set(['ar']);
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0]!;
  const pageLang = primary(document.documentElement.lang);
  const scriptOf = (text: string): string | null => {
    const counts: Record<string, number> = { ar: 0, ru: 0, en: 0, zh: 0 };
    for (const ch of text) for (const [lang, re] of Object.entries(scripts)) if (re.test(ch)) counts[lang]!++;
    const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
    return best[1] > 0 ? best[0] : null;
  };
  const problems: string[] = [];
  const foreignElements = new Set<Element>();
  let inPageLang = 0;
  let letters = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const parent = node.parentElement!;
    if (parent.closest('script, style, template')) continue;
    const marked = parent.closest('[lang]')!;
    const lang = primary(marked.getAttribute('lang') ?? pageLang);
    const where = `${parent.tagName.toLowerCase()}${parent.className ? '.' + String(parent.className).split(' ')[0] : ''}`;
    const script = scriptOf(text);
    if (lang !== pageLang) foreignElements.add(marked);
    else
      for (const ch of text) {
        if (!/\p{L}/u.test(ch)) continue;
        letters++;
        if (scripts[scriptKey(pageLang)]!.test(ch)) inPageLang++;
      }
    if (script === null) continue;
    const snippet = text.trim().slice(0, 50);
    if (script !== scriptKey(lang)) problems.push(`${where}: “${snippet}” is ${script} but marked ${lang}`);
    if (lang !== pageLang && !(marked.tagName === 'BDI' || marked.hasAttribute('dir')))
      problems.push(`${where}: “${snippet}” (${lang}) does not isolate its direction`);
    const direction = getComputedStyle(parent).direction;
    if (direction !== (rtl.has(script) ? 'rtl' : 'ltr'))
      problems.push(`${where}: “${snippet}” (${script}) is laid out ${direction}`);
  }
  return { share: letters ? inPageLang / letters : 0, letters, problems, foreign: foreignElements.size };
}

/**
 * Where the characters of an element's text are drawn: the left edge of the first and of the last character, and
 * whether the element sits left of `other` on the line. Tells reordering apart from correct right-to-left layout.
 */
export function visualOrder(selector: string): { firstX: number; lastX: number; text: string } | null {
  const el = document.querySelector(selector);
  const textNode = el?.firstChild;
  if (!el || !textNode || textNode.nodeType !== Node.TEXT_NODE) return null;
  const text = textNode.textContent!;
  const x = (i: number) => {
    const range = document.createRange();
    range.setStart(textNode, i);
    range.setEnd(textNode, i + 1);
    return range.getBoundingClientRect().left;
  };
  return { firstX: x(0), lastX: x(text.length - 1), text };
}
