import { loadConfig } from '@guantong/shared/config';
import { stopOnSignals } from '@guantong/shared/lifecycle/signals';
import { startTracing } from '@guantong/shared/tracing/tracing';
import { startGateway } from './server.ts';

const config = loadConfig();
startTracing('gateway', config);
const gateway = await startGateway(config);
console.log(`[gateway] Guantong gateway ready at http://localhost:${gateway.port}/graphql (${config.mode} mode)`);
stopOnSignals('gateway', gateway);
