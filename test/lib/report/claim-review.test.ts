// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getClause } from '../../../lib/dataset/statement';
import { DRAFT_RATING, claimReviews } from '../../../lib/report/claim-review';
import { fixtureReport } from './formats-fixture';

interface Review {
  '@context': string;
  '@type': string;
  claimReviewed: string;
  itemReviewed: { '@type': string; author?: { name: string }; datePublished?: string; appearance: { url?: string } };
  reviewBody: string;
  reviewRating: { alternateName: string };
}

describe('claimReviews', () => {
  const report = {
    ...fixtureReport('ar/pos-05-translation-forum-repost.html', 'https://www.forum.example.net/t/1'),
    published: '2020-09-27',
  };
  const reviews = claimReviews(report) as Review[];

  it('drafts one ClaimReview per framing flag, the passage as the claim and the outlet as its author', () => {
    expect(reviews).toHaveLength(report.flags.length);
    expect(reviews.length).toBeGreaterThan(1);
    reviews.forEach((r, i) => {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.claimReviewed).toBe(report.flags[i]!.passage);
      expect(r.itemReviewed).toMatchObject({
        '@type': 'Claim',
        author: { name: 'forum.example.net' },
        datePublished: '2020-09-27',
        appearance: { url: 'https://www.forum.example.net/t/1' },
      });
      expect(r.reviewRating.alternateName).toBe(DRAFT_RATING);
    });
  });

  it('states the flag and the clause it concerns in the review body', () => {
    reviews.forEach((r, i) => {
      const flag = report.flags[i]!;
      expect(r.reviewBody).toContain(flag.message);
      if (flag.clause) expect(r.reviewBody).toContain(getClause(flag.clause).label);
    });
  });
});
