import { loadConfig } from '@guantong/shared/config';
import { stopOnSignals } from '@guantong/shared/lifecycle/signals';
import { startCollege } from './server.ts';

const running = await startCollege(loadConfig());
console.log(`[college] subgraph ready at ${running.url}`);
stopOnSignals('college', running);
