import { loadConfig } from '@guantong/shared/config';
import { stopOnSignals } from '@guantong/shared/lifecycle/signals';
import { startTracing } from '@guantong/shared/tracing/tracing';
import { startCollege } from './server.ts';

const config = loadConfig();
startTracing('college', config);
const running = await startCollege(config);
console.log(`[college] subgraph ready at ${running.url}`);
stopOnSignals('college', running);
