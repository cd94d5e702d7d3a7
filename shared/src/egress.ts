/**
 * Nothing leaves unless configured. Apollo's libraries make outbound calls of
 * their own unless told not to; every ApolloServer in the hub (the gateway and
 * each subgraph) is built with `apolloStaysHome()`, so no process can forget.
 *
 * - @apollo/gateway sends host metrics (CPU, memory, OS, uptime) to
 *   usage-reporting.api.apollographql.com every hour, and first probes the
 *   cloud-metadata endpoints (169.254.169.254 and the like) to describe the
 *   host, unless APOLLO_TELEMETRY_DISABLED is set when it is constructed.
 * - @apollo/server reports usage to Apollo Studio when APOLLO_KEY and
 *   APOLLO_GRAPH_REF are in the environment, and the schema when
 *   APOLLO_SCHEMA_REPORTING=true: the Disabled plugins make both impossible.
 * - Its default landing page loads Apollo Sandbox and Google Fonts from CDNs
 *   into the browser of whoever opens /graphql: disabled.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';

/** The environment every hub process runs with (scripts/start.ts passes it to its children too). */
export const NO_VENDOR_TELEMETRY = { APOLLO_TELEMETRY_DISABLED: 'true' } as const;

/**
 * Switches off Apollo's telemetry for this process and returns the plugins that
 * keep an ApolloServer from reporting or serving CDN pages. Call it before
 * constructing an ApolloGateway: the gateway reads the variable in its constructor.
 */
export function apolloStaysHome<C extends BaseContext>(): ApolloServerPlugin<C>[] {
  // A write, not a read of configuration: the operator cannot turn this on.
  Object.assign(process.env, NO_VENDOR_TELEMETRY);
  return [ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(), ApolloServerPluginLandingPageDisabled()];
}
