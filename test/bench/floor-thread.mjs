// A thread of the floor for the two-threads-over-one reference: parses and runs Readability on the pages it is
// given (as the CLI's floor does), once to warm up, then `rounds` times when told to, and says when it is done.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const pages = workerData.files.map((f) => readFileSync(f, 'utf8'));
const read = (html) => new Readability(parseHTML(html).document, { charThreshold: 200 }).parse();
for (const html of pages.slice(0, 4)) read(html);
parentPort.postMessage('ready');
parentPort.on('message', (count) => {
  for (let i = 0; i < count; i++) read(pages[i % pages.length]);
  parentPort.postMessage('done');
});
