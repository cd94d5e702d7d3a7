import { loadConfig } from '@guantong/shared/config';
import { stopOnSignals } from '@guantong/shared/lifecycle/signals';
import { startEnterprise } from './server.ts';

const running = await startEnterprise(loadConfig());
console.log(`[enterprise] subgraph listening at ${running.url}`);
stopOnSignals('enterprise', running);
