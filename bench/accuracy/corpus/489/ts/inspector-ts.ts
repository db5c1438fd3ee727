// preflight-bench: vulnerable CWE-489 sink-line: 5
import inspector from 'node:inspector';
import { startWorker } from './worker';

inspector.open(9230, '0.0.0.0', false);
startWorker();
