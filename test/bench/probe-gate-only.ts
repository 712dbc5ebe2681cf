import { gate } from '../../lib/page/gate';

/** A content script that could only gate: what every page would evaluate if extraction loaded on demand. */
export { gate };
