import { loadConfig } from '@guantong/shared/config';
import { startEnterprise } from './server.ts';

const running = await startEnterprise(loadConfig());
console.log(`[enterprise] subgraph listening at ${running.url}`);

const stop = () => void running.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
