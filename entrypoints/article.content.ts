import { defineContentScript } from 'wxt/utils/define-content-script';
import { runArticleCheck } from '../lib/page/run-article-check';

export default defineContentScript({
  // Replaced at build time by the curated news-site list (wxt.config.ts, data/news-sites.json).
  matches: ['*://*.reuters.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runArticleCheck(ctx),
});
