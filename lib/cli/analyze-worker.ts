import { parentPort } from 'node:worker_threads';
import { analyzePage, type PageJob } from './analyze-page';

/** A worker of the pool: analyses the pages it is sent, one at a time, and answers each with its report. */
parentPort?.on('message', (message: { id: number; job: PageJob }) => {
  parentPort!.postMessage({ id: message.id, report: analyzePage(message.job) });
});
