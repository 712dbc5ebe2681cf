import { ACTOR, SUBJECT } from '../page/gate';

/** How far into the markup the `<body>` start tag is looked for (a head with inline styles and scripts included). */
const HEAD_SCAN = 256 * 1024;

/**
 * The gate's vocabulary on the raw markup, before any DOM is built. Most pages of a crawl are about something
 * else; they are answered here at the cost of a few regular-expression passes instead of parsing and Readability.
 * It errs towards parsing, further than the extension's gate: the actor or the subject alone is enough (articles
 * that name only "cyber" and the United States do cover the proposal).
 *
 * What it reads is what the engine could be given: the text with its tags removed (so a word split by inline
 * markup still counts; scripts' JSON-LD included) and, as markup, the head (the title and description metadata
 * live in attributes there), with numeric character references decoded. Attributes in the body (class names,
 * links, image alternatives) never reach Readability's text, and are not read: on an everyday page they are about
 * half the markup, and reading them was half the cost of answering a page that is about something else.
 */
export function mayConcernProposal(html: string): boolean {
  const decoded = html.includes('&#') ? html.replace(/&#(x[0-9a-f]+|[0-9]+);?/gi, decodeReference) : html;
  const head = headOf(decoded);
  if (ACTOR.test(head) || SUBJECT.test(head)) return true;
  const text = decoded.replace(/<[^>]*>/g, '');
  return ACTOR.test(text) || SUBJECT.test(text);
}

/** The markup before `<body>`; the whole markup when there is no body start tag to find. */
function headOf(html: string): string {
  const body = html.slice(0, HEAD_SCAN).search(/<body[\s>]/i);
  return body < 0 ? html : html.slice(0, body);
}

function decodeReference(whole: string, ref: string): string {
  const code = ref[0] === 'x' || ref[0] === 'X' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
