import { describe, expect, it } from 'vitest';
import { findPassage, indexPageText } from '../../../lib/page/find-passage';

/** Builds a page from markup (the parser, not our code, makes the DOM) and anchors `passage` in it. */
function anchor(markup: string, passage: string): Range | null {
  page(markup);
  return findPassage(document, indexPageText(document), passage);
}

/** Puts parsed markup into the test's document (happy-dom's ranges work there, not in a DOMParser document). */
function page(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

/** The page text a range covers, with its whitespace collapsed as the article text's is. */
const text = (range: Range | null) => range?.toString().replace(/\s+/g, ' ') ?? null;

describe('findPassage: anchoring a passage of the extracted article in the live page', () => {
  it('finds text split across inline elements, and starts and ends inside them', () => {
    const range = anchor(
      '<p>Russia proposed an <a href="/x">agreement on <b>preventing <i>incidents</i></b></a> in the information space.</p>',
      'agreement on preventing incidents in the information',
    );
    expect(text(range)).toBe('agreement on preventing incidents in the information');
    expect(range!.startContainer.parentElement!.localName).toBe('a');
    expect(range!.endContainer.parentElement!.localName).toBe('p');
  });

  it('matches across runs of spaces, newlines, tabs and no-break spaces in the page', () => {
    const range = anchor(
      '<p>\n      The first is to restore\n\tregular,&nbsp;full-scale   bilateral\n      interagency dialogue.\n    </p>',
      'restore regular, full-scale bilateral interagency dialogue.',
    );
    expect(text(range)).toBe('restore regular, full-scale bilateral interagency dialogue.');
  });

  it('finds a passage whose whitespace differs from the page (the article text collapses and trims it)', () => {
    expect(text(anchor('<p>keep communication channels open</p>', '  keep\ncommunication   channels open '))).toBe(
      'keep communication channels open',
    );
  });

  it('finds a passage through soft hyphens the page uses for line breaking, whether or not the passage has them', () => {
    const page = '<p>international in\u00ADfor\u00ADma\u00ADtion se\u00ADcu\u00ADri\u00ADty</p>';
    expect(anchor(page, 'international in\u00ADfor\u00ADma\u00ADtion se\u00ADcu\u00ADri\u00ADty')).not.toBeNull();
    const range = anchor(page, 'international information security');
    expect(range?.toString().replace(/\u00AD/g, '')).toBe('international information security');
  });

  it('finds right-to-left text split across elements, with bidi marks and a number written left to right', () => {
    const range = anchor(
      '<article dir="rtl" lang="ar"><p>اقترح <b>بوتين</b> اتفاقاً على غرار اتفاقية <span dir="ltr">1972</span> بشأن منع الحوادث في أعالي البحار.</p></article>',
      'اتفاقية 1972 بشأن منع الحوادث في أعالي البحار',
    );
    expect(text(range)).toBe('اتفاقية 1972 بشأن منع الحوادث في أعالي البحار');
    const marked = anchor('<p dir="rtl">قال الكرملين \u200Fإن المقترح يشمل أربع نقاط</p>', 'إن المقترح يشمل');
    expect(text(marked)).toBe('إن المقترح يشمل');
  });

  it('finds a passage that runs over two paragraphs the page does not separate with whitespace', () => {
    const first = 'Fourth, the sides would exchange guarantees of non-interference in internal affairs.';
    const second = 'Putin also called on all states to make a political commitment to no first strike.';
    const range = anchor(`<div><p>${first}</p><p>${second}</p></div>`, `${first} ${second}`);
    expect(range?.toString()).toBe(first + second);
  });

  it('never anchors in script, style or template text, and gives null for text the page no longer has', () => {
    const markup =
      '<script>var s = "exchange guarantees of non-interference";</script><style>/* exchange guarantees */</style>' +
      '<template>exchange guarantees of non-interference</template><p>An unrelated story about the weather.</p>';
    expect(anchor(markup, 'exchange guarantees of non-interference')).toBeNull();
    expect(anchor('<p>An unrelated story.</p>', '   ')).toBeNull();
  });

  it('anchors the second of two passages at its own place, not the first match of an earlier one', () => {
    page('<p>The plan has four points.</p><p>Second, keep channels open.</p><p>Fourth, exchange guarantees.</p>');
    const range = findPassage(document, indexPageText(document), 'Fourth, exchange guarantees.');
    expect(range?.startContainer.parentElement?.textContent).toBe('Fourth, exchange guarantees.');
    expect(range?.startOffset).toBe(0);
  });
});
