import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../../lib/engine/decide-verdict';
import type { VerdictFeatures } from '../../../lib/engine/verdict-features';

const base: VerdictFeatures = {
  strongClauses: [],
  attributedClauses: [],
  placedClauses: [],
  statementDate: null,
  titleLink: false,
  leadLink: false,
  share: 0,
  leadShare: 0,
  published: null,
  titleClause: false,
  proposalNamed: false,
  authorNamed: true,
  reference: null,
  envoyLed: false,
};

describe('decideVerdict', () => {
  it('needs clause evidence tied to the proposal', () => {
    expect(decideVerdict(base).verdict).toBe('unrelated');
    // One clause, not attributed, not dated: the same words belong to other stories (the 2013 hotline, INCSEA).
    expect(decideVerdict({ ...base, strongClauses: ['point-2'], leadLink: true, share: 0.6 }).verdict).toBe(
      'unrelated',
    );
    // Two clauses without a date, a title or an attribution: still not enough.
    expect(decideVerdict({ ...base, strongClauses: ['point-2', 'point-3'], leadLink: true, share: 0.4 }).verdict).toBe(
      'unrelated',
    );
  });

  it('accepts an attributed clause, or several clauses with the date or the title', () => {
    expect(
      decideVerdict({
        ...base,
        strongClauses: ['point-4'],
        attributedClauses: ['point-4'],
        share: 0.1,
        published: 'weeks-after',
      }).verdict,
    ).toBe('mentions');
    expect(
      decideVerdict({ ...base, strongClauses: ['point-3', 'point-4'], statementDate: 'day', share: 0.1 }).verdict,
    ).toBe('mentions');
    expect(decideVerdict({ ...base, strongClauses: ['point-3', 'point-4'], titleLink: true, share: 0.3 }).verdict).toBe(
      'about',
    );
  });

  it('calls it "about" when the title or the opening carries the proposal and the evidence fills the article', () => {
    const attributed: VerdictFeatures = {
      ...base,
      strongClauses: ['point-4'],
      attributedClauses: ['point-4'],
      published: 'weeks-after',
    };
    expect(decideVerdict({ ...attributed, leadLink: true, share: 0.35 }).verdict).toBe('about');
    expect(decideVerdict({ ...attributed, leadLink: false, share: 0.35 }).verdict).toBe('mentions');
    expect(decideVerdict({ ...attributed, leadLink: true, share: 0.1 }).verdict).toBe('mentions');
    const about = decideVerdict({ ...attributed, titleLink: true, leadLink: true, share: 0.5 });
    const mentions = decideVerdict({ ...attributed, share: 0.1 });
    expect(about.confidence).toBeGreaterThan(mentions.confidence);
  });
});

describe('decideVerdict in the weeks the statement was news', () => {
  // "A deputy: the US must answer Putin's information-security initiative. The most valuable part of the proposals,
  // he said, is an incidents agreement on the 1972 model": the clause stands a paragraph after the one naming Putin.
  const reaction: VerdictFeatures = {
    ...base,
    strongClauses: ['point-3'],
    proposalNamed: true,
    leadLink: true,
    share: 0.4,
    published: 'weeks-after',
  };

  it("relates a page naming Putin's offer on one clause only this statement proposed", () => {
    expect(decideVerdict(reaction).verdict).toBe('about');
    // Not before or long after those weeks, and not without a paragraph naming the offer.
    expect(decideVerdict({ ...reaction, published: 'later' }).verdict).toBe('unrelated');
    expect(decideVerdict({ ...reaction, published: null }).verdict).toBe('unrelated');
    expect(decideVerdict({ ...reaction, proposalNamed: false }).verdict).toBe('unrelated');
  });

  it('does not relate it on one clause that earlier offers also made', () => {
    expect(decideVerdict({ ...reaction, strongClauses: ['point-4'] }).verdict).toBe('unrelated');
    expect(decideVerdict({ ...reaction, strongClauses: ['point-2'] }).verdict).toBe('unrelated');
  });
});

describe('decideVerdict on a page that nothing dates', () => {
  // Moscow offered dialogue and non-interference guarantees for years before 2020: undated, one such clause is not
  // enough; a clause only this statement proposed, two attributed clauses or a linking title are.
  const undated: VerdictFeatures = { ...base, strongClauses: ['point-4'], attributedClauses: ['point-4'], share: 0.3 };

  it('needs more than one attributed clause that earlier offers also made', () => {
    expect(decideVerdict(undated).verdict).toBe('unrelated');
    expect(decideVerdict({ ...undated, published: 'weeks-after' }).verdict).not.toBe('unrelated');
    expect(decideVerdict({ ...undated, statementDate: 'month' }).verdict).not.toBe('unrelated');
  });

  it('relates it on a clause only this statement proposed, or on two attributed clauses, headline or not', () => {
    const signature = { ...undated, strongClauses: ['point-3' as const], attributedClauses: ['point-3' as const] };
    expect(decideVerdict(signature).verdict).not.toBe('unrelated');
    const two = {
      ...undated,
      strongClauses: ['point-4' as const, 'point-1' as const],
      attributedClauses: ['point-4' as const, 'point-1' as const],
    };
    expect(decideVerdict(two).verdict).not.toBe('unrelated');
    expect(decideVerdict({ ...signature, titleLink: true }).verdict).not.toBe('unrelated');
    // A headline such as "Russia offers US non-interference guarantees" fits the earlier offers just as well.
    expect(decideVerdict({ ...undated, titleLink: true }).verdict).toBe('unrelated');
    expect(decideVerdict({ ...undated, placedClauses: ['point-4'] }).verdict).not.toBe('unrelated');
  });

  it("takes two of the earlier offers' clauses for an earlier offer when it never names Putin or the Kremlin", () => {
    // "Deputy Foreign Minister Ryabkov: Moscow offered Washington non-interference guarantees and a cyber dialogue."
    const diplomat: VerdictFeatures = {
      ...undated,
      strongClauses: ['point-4', 'point-1'],
      attributedClauses: ['point-4', 'point-1'],
      titleLink: true,
      authorNamed: false,
    };
    expect(decideVerdict(diplomat).verdict).toBe('unrelated');
    expect(decideVerdict({ ...diplomat, authorNamed: true }).verdict).not.toBe('unrelated');
    expect(decideVerdict({ ...diplomat, published: 'weeks-after' }).verdict).not.toBe('unrelated');
    const signature = { ...diplomat, strongClauses: ['point-4' as const, 'point-3' as const] };
    expect(decideVerdict(signature).verdict).not.toBe('unrelated');
  });
});

describe('decideVerdict on an undated page an envoy or diplomat leads', () => {
  // "Ryabkov: Moscow offered Washington an exchange of non-interference guarantees and a cyber dialogue", with "the
  // Kremlin's initiatives" in a later paragraph: the page names the Kremlin, but the offer is the diplomats'.
  const diplomat: VerdictFeatures = {
    ...base,
    strongClauses: ['point-4', 'point-1'],
    attributedClauses: ['point-4'],
    titleLink: true,
    leadLink: true,
    proposalNamed: true,
    share: 0.6,
    envoyLed: true,
  };

  it("takes it for the diplomats' earlier offer without one of the statement's own clauses", () => {
    expect(decideVerdict(diplomat).verdict).toBe('unrelated');
    expect(decideVerdict({ ...diplomat, envoyLed: false }).verdict).not.toBe('unrelated');
  });

  it('relates it when a clause only this statement proposed, or a date, places it', () => {
    expect(decideVerdict({ ...diplomat, strongClauses: ['point-4', 'point-3'] }).verdict).not.toBe('unrelated');
    expect(decideVerdict({ ...diplomat, placedClauses: ['point-4'] }).verdict).not.toBe('unrelated');
    expect(decideVerdict({ ...diplomat, published: 'weeks-after' }).verdict).not.toBe('unrelated');
    expect(decideVerdict({ ...diplomat, statementDate: 'month' }).verdict).not.toBe('unrelated');
  });
});

describe('decideVerdict and the publication date', () => {
  const reported: VerdictFeatures = {
    ...base,
    strongClauses: ['point-4', 'point-3'],
    attributedClauses: ['point-4'],
    titleLink: true,
    leadLink: true,
    share: 0.6,
  };

  it('never relates an article published before the statement, however much it matches', () => {
    expect(decideVerdict(reported).verdict).toBe('about');
    expect(decideVerdict({ ...reported, published: 'weeks-after' }).verdict).toBe('about');
    expect(decideVerdict({ ...reported, published: 'before' }).verdict).toBe('unrelated');
  });

  it('reads a page published months later as a mention, unless its title states a clause or the proposal fills it', () => {
    const later: VerdictFeatures = { ...reported, published: 'later', share: 0.3 };
    expect(decideVerdict(later).verdict).toBe('mentions');
    expect(decideVerdict({ ...later, titleClause: true }).verdict).toBe('about');
    expect(decideVerdict({ ...later, share: 0.7 }).verdict).toBe('about');
  });
});
