import type { ClauseId } from '../dataset/types';
import type { Verdict } from './report';
import { round } from './round';
import type { VerdictFeatures } from './verdict-features';

const LATER_ABOUT_SHARE = 0.6;
/** An opening that is mostly the proposal makes the page about it, whatever follows. */
const LEAD_ABOUT_SHARE = 0.5;
const SIGNATURE_CLAUSES: ReadonlySet<ClauseId> = new Set(['preamble', 'point-3', 'global-commitment']);

/**
 * The article refers to the proposal when its clause evidence is tied to it: attributed to Putin or the Kremlin
 * proposing, or spread over several clauses in an article that dates the statement or names it in the title. It is
 * "about" the proposal when the title or the opening says so and the evidence fills a fair part of it; otherwise the
 * proposal is one passage in an article about something else ("mentions").
 */
export function decideVerdict(f: VerdictFeatures): { verdict: Verdict; confidence: number } {
  // Published before the statement: whatever it says of non-interference guarantees, it is an earlier proposal.
  if (f.published === 'before') return { verdict: 'unrelated', confidence: 0.95 };
  const strong = f.strongClauses.length;
  // With no date to place it (none on the page, none in the text) and no headline tying it to the proposal, one
  // attributed clause is enough only if it is one the statement alone proposed, or its paragraph places it in time
  // ("late last month, Putin proposed…"): Moscow has offered dialogue, consultations and non-interference guarantees
  // for years, but the reboot programme, the incidents agreement on the 1972 model and the no-first-strike pledge are
  // this statement's.
  const undated = f.published === null && f.statementDate === null;
  const trusted = (c: ClauseId) => SIGNATURE_CLAUSES.has(c) || f.placedClauses.includes(c);
  // Undated, and never naming Putin or the Kremlin ("Deputy Foreign Minister Ryabkov said Moscow had offered
  // Washington non-interference guarantees and a cyber dialogue"): without one of the statement's own clauses, that is
  // the offer his diplomats had been repeating since 2017.
  if (undated && !f.authorNamed && strong < 3 && !f.strongClauses.some(trusted))
    return { verdict: 'unrelated', confidence: 0.6 };
  // Undated, and led by an envoy or diplomat ("Ryabkov: Moscow offered Washington non-interference guarantees"), with
  // none of the statement's own clauses: their offer, whatever a later paragraph says of "the Kremlin's initiatives".
  if (undated && f.envoyLed && !f.strongClauses.some(trusted)) return { verdict: 'unrelated', confidence: 0.6 };
  const attributed =
    undated && f.attributedClauses.length < 2 && strong < 3
      ? f.attributedClauses.filter(trusted).length
      : f.attributedClauses.length;
  const titled = f.titleLink && (undated && strong < 2 ? f.strongClauses.some(trusted) : strong >= 1);
  const related =
    attributed >= 1 ||
    f.reference !== null ||
    titled ||
    (strong >= 2 && (f.statementDate !== null || f.titleLink)) ||
    (strong >= 4 && f.leadLink) ||
    // Published in the weeks the statement was news, a paragraph naming Putin's offer and two of its clauses, or one
    // that only this statement proposed ("the most valuable part of the proposals is an incidents agreement on the 1972
    // model", in a deputy's reaction that names Putin's initiative a paragraph before).
    ((strong >= 2 || f.strongClauses.some((c) => SIGNATURE_CLAUSES.has(c))) &&
      f.proposalNamed &&
      f.published === 'weeks-after');
  if (!related) return { verdict: 'unrelated', confidence: strong > 0 ? 0.6 : 0.9 };
  // Published months after the statement, a page refers back to it from a later story (a summit, sanctions, a UN
  // debate): it is about the proposal only when its title states a clause or the proposal fills most of it.
  const about =
    f.published === 'later'
      ? f.titleClause || f.share >= LATER_ABOUT_SHARE
      : f.titleLink ||
        (f.leadLink && (f.share >= 0.2 || f.leadShare >= LEAD_ABOUT_SHARE || strong >= 3)) ||
        f.share >= 0.5;
  const spread = Math.min(1, strong / 4);
  if (about) {
    const confidence = 0.55 + 0.2 * spread + 0.1 * Math.min(1, f.share * 2) + (f.titleLink ? 0.1 : 0);
    return { verdict: 'about', confidence: round(Math.min(0.99, confidence)) };
  }
  return { verdict: 'mentions', confidence: round(Math.min(0.9, 0.5 + 0.2 * spread + (f.statementDate ? 0.1 : 0))) };
}
