import { loadConfig } from '@guantong/shared/config';
import { stopOnSignals } from '@guantong/shared/lifecycle/signals';
import { startTracing } from '@guantong/shared/tracing/tracing';
import { startSecondary } from './server.ts';

const config = loadConfig();
startTracing('secondary', config);
const running = await startSecondary(config);
console.log(`[secondary] subgraph listening at ${running.url}`);
stopOnSignals('secondary', running);
