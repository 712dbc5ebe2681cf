import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runGate } from '../lib/page/run-gate';

// Declared as the content script of the listed news sites by wxt.config.ts (not through WXT's content-script
// wrapper, whose lifetime any page can end with a DOM event).
export default defineUnlistedScript(() => runGate());
