import { DATASET_VERSION, getClause, translationText } from '../dataset/statement';
import type { PageReport } from './page-report';
import { stableId } from './stable-id';

const TIER_WORDS = { verbatim: 'quoted', paraphrase: 'paraphrased', topic: 'touched on (topic only)' } as const;

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * W3C Web Annotations (https://www.w3.org/TR/annotation-model/), one per matched passage: the target is the
 * article's URL with a TextQuoteSelector (the passage with what stands before and after it, how annotation tools
 * re-anchor) and a TextPositionSelector (offsets in the article's extracted text); the body names the clause, how
 * closely the passage follows it, the dataset version, and the source's Arabic and its translation.
 */
export function webAnnotations(page: PageReport, target = page.url ?? page.file): object[] {
  const out: object[] = [];
  for (const match of page.clauses) {
    const clause = getClause(match.id);
    for (const passage of match.passages) {
      out.push({
        '@context': ANNOTATION_CONTEXT,
        id: `urn:uuid:${stableId(`${target}\n${match.id}\n${passage.start}\n${passage.end}`)}`,
        type: 'Annotation',
        motivation: 'linking',
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: match.id },
          {
            type: 'TextualBody',
            purpose: 'describing',
            format: 'text/plain',
            language: 'en',
            value: `${clause.label} [${clause.id}]: ${TIER_WORDS[match.tier]} (score ${match.score.toFixed(2)}). Putin statement of 25 September 2020, Arabic translation as circulated, dataset ${DATASET_VERSION}.`,
          },
          { type: 'TextualBody', purpose: 'describing', format: 'text/plain', language: 'ar', value: clause.arabic },
          {
            type: 'TextualBody',
            purpose: 'describing',
            format: 'text/plain',
            language: 'en',
            value: translationText(clause, true),
          },
        ],
        target: {
          source: target,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: passage.text,
              ...(passage.prefix !== undefined ? { prefix: passage.prefix } : {}),
              ...(passage.suffix !== undefined ? { suffix: passage.suffix } : {}),
            },
            // A passage found in the title has offsets in the title, not in the article text: the quote alone.
            ...(passage.inTitle ? [] : [{ type: 'TextPositionSelector', start: passage.start, end: passage.end }]),
          ],
        },
        generator: { type: 'Software', name: 'putin-2020-infosec-source-check', version: DATASET_VERSION },
      });
    }
  }
  return out;
}
