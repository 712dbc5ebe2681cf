import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runExtractor } from '../lib/page/run-extractor';

// Injected by the background (scripting.executeScript) into a page the gate found to be a candidate.
export default defineUnlistedScript(() => runExtractor());
