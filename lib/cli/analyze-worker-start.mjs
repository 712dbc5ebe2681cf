// Workers do not inherit `node --import tsx` on Node 20, so a worker registers the TypeScript loader itself
// before loading its code.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker.ts');
