/**
 * The gateway's key: it publishes only the public half, a subgraph can verify
 * with that alone (fetched from the JWKS), and the gateway will not start
 * without its private key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secondarySubgraph } from '@guantong/secondary';
import { startGateway } from '@guantong/gateway';
import { operationHash, signGatewayToken } from '@guantong/shared/identity';
import { createLogger } from '@guantong/shared/logger';
import { databaseKinds } from '@guantong/shared/testing';
import { startSubgraph, type RunningSubgraph } from '@guantong/shared/subgraph';
import { post, startHub, type Hub } from '../../helpers/hub.ts';
import { gatewayKeyOf, strangerKey } from '../../helpers/keys.ts';

const SDL = { query: '{ _service { sdl } }' };

describe.each(await databaseKinds())('the gateway’s key (%s)', (kind) => {
  let hub: Hub;
  let viaJwks: RunningSubgraph<unknown>;
  beforeAll(async () => {
    hub = await startHub(kind);
    const jwksUrl = new URL('/.well-known/jwks.json', hub.gateway.url).href;
    // A second secondary subgraph that knows nothing but where the gateway publishes its key.
    const config = { ...hub.config, gatewayKeys: { signing: undefined, verifying: undefined, jwksUrl } };
    viaJwks = (await startSubgraph(secondarySubgraph, config, { port: 0, database: hub.databases.secondary, audit: hub.audit, logger: createLogger('secondary', 'warn') })) as RunningSubgraph<unknown>;
  });
  afterAll(async () => {
    await viaJwks?.close();
    await hub?.stop();
  });

  it('publishes only the public half at /.well-known/jwks.json', async () => {
    const jwks = (await (await fetch(new URL('/.well-known/jwks.json', hub.gateway.url))).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('lets a subgraph that holds only the JWKS address verify the gateway, and nobody else', async () => {
    const sign = async (key: Awaited<ReturnType<typeof strangerKey>>) =>
      signGatewayToken({ kind: 'user', subject: 'admin', role: 'ADMIN' }, key, 'secondary', 60, operationHash(SDL.query, undefined));
    expect((await post(viaJwks.url, SDL, { authorization: `Bearer ${await sign(await gatewayKeyOf(hub.config))}` })).status).toBe(200);
    expect((await post(viaJwks.url, SDL, { authorization: `Bearer ${await sign(await strangerKey())}` })).status).toBe(401);
  });

  it('refuses to start a gateway without its private key', async () => {
    const config = { ...hub.config, gatewayKeys: { ...hub.config.gatewayKeys, signing: undefined } };
    await expect(startGateway(config, 0, createLogger('gateway', 'fatal'))).rejects.toThrow(/GATEWAY_SIGNING_KEY/);
  });
});
