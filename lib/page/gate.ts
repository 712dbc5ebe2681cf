/**
 * The cheap first look every listed page gets: the title, description metadata and a bounded slice of the body
 * text must name the actor (Putin, the Kremlin) and touch the subject (information security, cyber, the proposal's
 * terms), in any language read. Only a candidate goes on to Readability. Reads at most GATE_SLICE
 * characters of text, however large the page.
 */
export const GATE_SLICE = 30_000;
/** Below this much light-DOM text, the gate also reads open shadow roots. */
const SHORT_PAGE = 2_000;
/** Elements looked at, at most, to find shadow hosts. */
const MAX_HOST_SCAN = 5_000;

/**
 * The actor, in every language read: Putin and the Kremlin (Poutine, Cremlino, Путін, پوتین, 普京/普丁/蒲亭, プーチン…),
 * and in Arabic, whose press often writes only "Russia", Russia too; in Japanese also the office («露大統領», «ロシア
 * 大統領»), which headlines and briefs often name without the man. One regular expression of literal alternatives:
 * the engine matches them in one pass over the slice, so a language adds a few alternatives, not another pass.
 */
export const ACTOR =
  /putin|poutine|kreml|cremlin|путин|путін|кремл|بوتين|پوتین|الكرملين|کرملین|روسيا|روسي|普京|普丁|蒲亭|普亭|克里姆林|プーチン|クレムリン|ロシア大統領|露大統領/i;
/**
 * The subject: cyber and information security, ICTs, hotlines, incidents at sea, interference — in every language
 * read (ciber-, siber-, кібер-, سایبری, 网络/網路, サイバー; Einmischung, ingérence, injerencia, ingerenza, müdahale,
 * втручання, مداخله, 干涉/干预, 干渉/介入, can thiệp, campur tangan…); Japanese also 情報安全保障 (the state media's word for
 * information security) and インターネット (the plain word broadcasters use for cyberspace).
 */
export const SUBJECT =
  /cyber|ciber|siber|information security|informationssicherheit|informatiq|informátic|informatic|sécurité de l.information|seguridad de la información|sicurezza dell.informazione|hoher see|haute mer|alta mar|alto mare|\bICTs?\b|hotline|incidents at sea|high seas|interfer|meddl|einmisch|ingérence|injerencia|ingerenz|ingerência|müdahale|karışma|campur tangan|can thiệp|an ninh mạng|кибер|кібер|информационн|інформаційн|\bИКТ\b|\bІКТ\b|вмешательств|втручан|открытом море|سيبران|سایبر|سايبر|الكترون|إلكترون|ألكترون|المعلومات|اطلاعات|التدخل|مداخله|دخالت|البحار|دریاهای آزاد|відкритому морі|网络|網絡|網路|公海|信息安全|资讯安全|資訊安全|干涉|干预|干預|サイバー|情報セキュリティ|情報安全保障|情報通信|インターネット|干渉|介入/i;

export interface GateResult {
  candidate: boolean;
  /** Characters of body text read. */
  read: number;
}

export function gate(doc: Document): GateResult {
  const head = [doc.title, meta(doc, 'description'), meta(doc, 'og:title'), meta(doc, 'og:description')].join('\n');
  let body = textSlice(doc, GATE_SLICE);
  // Some sites render the article inside a (open) shadow root, out of the document's text.
  if (body.length < SHORT_PAGE) body += ` ${shadowTextSlice(doc, GATE_SLICE)}`;
  const sample = `${head}\n${body}`;
  return { candidate: ACTOR.test(sample) && SUBJECT.test(sample), read: body.length };
}

function meta(doc: Document, name: string): string {
  // Only <head>: a lookup that misses would otherwise search the whole of a huge page (12.8 ms on 5 MB, measured).
  const el = doc.head?.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
  return el?.getAttribute('content')?.slice(0, 2_000) ?? '';
}

/** The first `limit` characters of visible-ish text under body, without reading the whole document. */
export function textSlice(doc: Document, limit: number): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < limit; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
    const value = node.nodeValue ?? '';
    parts.push(value.length > limit - length ? value.slice(0, limit - length) : value);
    length += value.length;
  }
  return parts.join(' ');
}

/** Text of open shadow roots under body, found among the first MAX_HOST_SCAN elements. */
function shadowTextSlice(doc: Document, limit: number): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const parts: string[] = [];
  let length = 0;
  let scanned = 0;
  for (
    let el = walker.nextNode() as Element | null;
    el && scanned < MAX_HOST_SCAN && length < limit;
    el = walker.nextNode() as Element | null
  ) {
    scanned++;
    const text = el.shadowRoot?.textContent;
    if (text) {
      parts.push(text.slice(0, limit - length));
      length += text.length;
    }
  }
  return parts.join(' ');
}
