import { loadConfig } from '@guantong/shared/config';
import { startGateway } from './server.ts';

const config = loadConfig();
const gateway = await startGateway(config);
console.log(`[gateway] Guantong gateway ready at http://localhost:${gateway.port}/graphql (${config.mode} mode)`);
const stop = () => void gateway.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
