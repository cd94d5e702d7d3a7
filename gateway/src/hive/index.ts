/**
 * Runs Hive Gateway (runtime.ts) in place of the Apollo gateway, on the same
 * port and host settings. Its own probes are /healthcheck and /readiness.
 */
import http from 'node:http';
import { loadConfig } from '@guantong/shared/config';
import { gatewaySigningKey } from '@guantong/shared/gateway-keys';
import { NO_VENDOR_TELEMETRY } from '@guantong/shared/egress';
import { createHiveGateway } from './runtime.ts';

Object.assign(process.env, NO_VENDOR_TELEMETRY);
const config = loadConfig();
const runtime = createHiveGateway(config, await gatewaySigningKey(config.gatewayKeys));
const server = http.createServer(runtime);
server.listen(config.ports.gateway, config.gatewayHost, () => console.log(`[gateway] Hive Gateway ready at http://localhost:${config.ports.gateway}/graphql (${config.mode} mode)`));
const stop = () => {
  server.close(() => void Promise.resolve(runtime.dispose()).then(() => process.exit(0)));
  setTimeout(() => process.exit(0), config.ops.shutdownDrainMs).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
