import { loadConfig } from '@guantong/shared/config';
import { startSecondary } from './server.ts';

const running = await startSecondary(loadConfig());
console.log(`[secondary] subgraph listening at ${running.url}`);

const stop = () => void running.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
