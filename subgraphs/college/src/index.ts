import { loadConfig } from '@guantong/shared/config';
import { startCollege } from './server.ts';

const running = await startCollege(loadConfig());
console.log(`[college] subgraph ready at ${running.url}`);
const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
