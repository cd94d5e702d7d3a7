import { loadConfig } from '@guantong/shared/config';
import { stopOnSignals } from '@guantong/shared/lifecycle/signals';
import { startTracing } from '@guantong/shared/tracing/tracing';
import { startEnterprise } from './server.ts';

const config = loadConfig();
startTracing('enterprise', config);
const running = await startEnterprise(config);
console.log(`[enterprise] subgraph listening at ${running.url}`);
stopOnSignals('enterprise', running);
