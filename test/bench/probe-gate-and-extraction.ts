import { extractArticle } from '../../lib/page/extract-article';
import { gate } from '../../lib/page/gate';

/** The gate with extraction (Readability) bundled in, as the content script ships them today. */
export { extractArticle, gate };
