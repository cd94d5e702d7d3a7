import { loadConfig } from '@guantong/shared/config';
import { stopOnSignals } from '@guantong/shared/lifecycle/signals';
import { startGateway } from './server.ts';

const config = loadConfig();
const gateway = await startGateway(config);
console.log(`[gateway] Guantong gateway ready at http://localhost:${gateway.port}/graphql (${config.mode} mode)`);
stopOnSignals('gateway', gateway);
