import { DATASET_VERSION, STATEMENT_TITLE, divergencesOf, getClause, translationText } from '../dataset/statement';
import { outletOf, type PageReport } from './page-report';
import { stableId } from './stable-id';

/** The rating name a draft carries until the fact-checker confirms or replaces it. */
export const DRAFT_RATING = 'Misleading (draft: to be confirmed)';

/**
 * Drafts of schema.org ClaimReview (https://schema.org/ClaimReview), the shape fact-checking organisations
 * publish, one per framing flag: the article's passage is the claim, the outlet its author, and the review body
 * states what the statement says instead (the clause, its translation from the source, the official wording where
 * the dataset records it). The rating is a draft name, and the reviewer's own organisation and URL are left for
 * the fact-checker to fill in.
 */
export function claimReviews(page: PageReport): object[] {
  const outlet = outletOf(page);
  return page.flags.map((flag) => {
    const clause = flag.clause ? getClause(flag.clause) : undefined;
    const official = clause ? divergencesOf(clause.id).map((d) => d.officialSays) : [];
    const body = [
      flag.message,
      clause
        ? `Clause ${clause.label} [${clause.id}] of the ${STATEMENT_TITLE} reads, in translation from the circulated Arabic: “${translationText(clause, false)}”`
        : '',
      official.length > 0 ? `The official statement: ${official.join('; ')}.` : '',
      `Source dataset ${DATASET_VERSION}.`,
    ].filter(Boolean);
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      '@id': `urn:uuid:${stableId(`${page.url ?? page.file}\n${flag.id}\n${flag.start}`)}`,
      claimReviewed: flag.passage,
      itemReviewed: {
        '@type': 'Claim',
        ...(outlet ? { author: { '@type': 'Organization', name: outlet, url: `https://${outlet}/` } } : {}),
        ...(page.published ? { datePublished: page.published } : {}),
        appearance: {
          '@type': 'CreativeWork',
          ...(page.url ? { url: page.url } : {}),
          ...(page.title ? { headline: page.title } : {}),
        },
      },
      reviewBody: body.join(' '),
      reviewRating: { '@type': 'Rating', alternateName: DRAFT_RATING },
      author: { '@type': 'Organization', name: '' },
      keywords: [flag.id, ...(clause ? [clause.id] : [])].join(', '),
    };
  });
}
