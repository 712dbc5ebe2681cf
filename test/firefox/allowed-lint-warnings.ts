/**
 * The only `web-ext lint` warnings the Firefox build may have. Each comes from a dependency's code, is recognised
 * by the source around the flagged column (so a new warning at the same place in our own code is not excused),
 * and says why it is safe here. Our own code has no HTML sinks at all (eslint.config.js, test/conventions).
 */
export interface AllowedLintWarning {
  code: string;
  /** The built file, by its stable part (chunk hashes change). */
  file: RegExp;
  /** Text within a few hundred characters of the flagged column that only the dependency's code has. */
  context: RegExp;
  from: string;
  why: string;
}

export const ALLOWED_LINT_WARNINGS: AllowedLintWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^extractor\.js$/,
    context: /_charThreshold[\s\S]*_attempts\.push/,
    from: '@mozilla/readability 0.6.0, Readability#_grabArticle: `page.innerHTML = pageCacheHtml`',
    why:
      'Readability restores the body it cached from the same document before retrying with other flags. It runs ' +
      'on document.cloneNode(true) (lib/page/extract-article.ts): a document without a browsing context, where ' +
      'no script runs and nothing loads, and the markup is the page’s own.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^extractor\.js$/,
    context: /_isSingleImage[\s\S]*noscript|noscript[\s\S]*_isSingleImage/,
    from: '@mozilla/readability 0.6.0, Readability#_unwrapNoscriptImages: `tmp.innerHTML = noscript.innerHTML`',
    why:
      'Readability reparses a <noscript> image fallback of the same cloned document, only when it holds a single ' +
      'image; as above, the clone has no browsing context, so nothing runs or loads.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/ui-[\w-]+\.js$/,
    context: /dangerouslySetInnerHTML[\s\S]*__html/,
    from: 'preact 11.2.0, diff(): `dom.innerHTML = newHtml.__html`',
    why:
      'Preact reaches this line only for an element given the dangerouslySetInnerHTML prop. No component of ours ' +
      'passes it: eslint.config.js forbids the prop and test/conventions/no-html-sinks.test.ts checks the sources.',
  },
];
