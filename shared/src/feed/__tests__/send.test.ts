import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { webhookConfig } from '../config.ts';
import { send } from '../send.ts';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const fail = (message: string) => new Error(message);

describe('a delivery at send time', () => {
  let server: http.Server;
  let port = 0;
  const bodies: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        bodies.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('connects to a name only when every address it resolves to is allowed, so a name rebound to a private address is refused', async () => {
    const message = { id: 'msg_test_1', payload: '{"type":"College.created"}' };
    const strict = webhookConfig({ WEBHOOK_ALLOW_HTTP: 'true' }, false, fail);
    expect(await send(`http://localhost:${port}/hooks`, SECRET, message, strict)).toEqual({ ok: false, error: 'the receiver address is not allowed (not a public address)' });
    expect(bodies).toHaveLength(0);
    const local = webhookConfig({ WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8,::1/128' }, false, fail);
    expect(await send(`http://localhost:${port}/hooks`, SECRET, message, local)).toEqual({ ok: true });
    expect(bodies).toHaveLength(1);
    expect(new Webhook(SECRET).verify(bodies[0].body, bodies[0].headers as Record<string, string>)).toEqual({ type: 'College.created' });
  });

  it('refuses a literal private address and plain HTTP when they are not allowed, without connecting', async () => {
    const message = { id: 'msg_test_2', payload: '{}' };
    expect(await send(`http://127.0.0.1:${port}/hooks`, SECRET, message, webhookConfig({ WEBHOOK_ALLOW_HTTP: 'true' }, false, fail))).toMatchObject({ ok: false, error: /not allowed/ });
    expect(await send(`http://127.0.0.1:${port}/hooks`, SECRET, message, webhookConfig({ WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32' }, false, fail))).toEqual({ ok: false, error: 'the receiver URL is not https' });
    expect(bodies).toHaveLength(1);
  });
});
