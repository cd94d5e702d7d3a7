import { loadConfig } from '@guantong/shared/config';
import { stopOnSignals } from '@guantong/shared/lifecycle/signals';
import { startSecondary } from './server.ts';

const running = await startSecondary(loadConfig());
console.log(`[secondary] subgraph listening at ${running.url}`);
stopOnSignals('secondary', running);
