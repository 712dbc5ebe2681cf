import { ACTOR, SUBJECT } from '../page/gate';

/**
 * The gate's vocabulary on the raw markup, before any DOM is built. Most pages of a crawl are about something
 * else; they are answered here at the cost of a few regular-expression passes instead of parsing and Readability.
 * It errs towards parsing, further than the extension's gate: the actor or the subject alone is enough (articles
 * that name only "cyber" and the United States do cover the proposal), and the markup is tested
 * as it is (attributes such as the description metadata included) and with its tags removed (so a word split by
 * inline markup still counts), with numeric character references decoded.
 */
export function mayConcernProposal(html: string): boolean {
  const decoded = html.includes('&#') ? html.replace(/&#(x[0-9a-f]+|[0-9]+);?/gi, decodeReference) : html;
  if (ACTOR.test(decoded) || SUBJECT.test(decoded)) return true;
  const text = decoded.replace(/<[^>]*>/g, '');
  return ACTOR.test(text) || SUBJECT.test(text);
}

function decodeReference(whole: string, ref: string): string {
  const code = ref[0] === 'x' || ref[0] === 'X' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
