import { describe, expect, it } from 'vitest';
import { refusedAddress, requireAllowedHost, webhookUrl } from '../address.ts';
import { webhookConfig } from '../config.ts';

const strict = { allowedNetworks: [], allowHttp: false };

describe('which addresses a webhook may reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['10.0.0.1', 'private'], ['172.16.5.4', 'private'], ['192.168.1.1', 'private'], ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'], ['0.0.0.0', 'unspecified'], ['224.0.0.1', 'multicast'], ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'], ['fe80::1', 'linkLocal'], ['fd12:3456::1', 'uniqueLocal'], ['ff02::1', 'multicast'], ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:10.0.0.1', 'private'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusedAddress(address, strict)).toMatch(new RegExp(`in the ${range} range`));
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111'])('accepts the public address %s', (address) => {
    expect(refusedAddress(address, strict)).toBeUndefined();
  });

  it('accepts a private address inside a network the operator allowed, and only there', () => {
    const allowed = { allowedNetworks: ['10.20.0.0/16', 'fd00::/8'], allowHttp: false };
    expect(refusedAddress('10.20.3.4', allowed)).toBeUndefined();
    expect(refusedAddress('fd00::5', allowed)).toBeUndefined();
    expect(refusedAddress('10.21.0.1', allowed)).toMatch(/private range/);
    expect(refusedAddress('127.0.0.1', allowed)).toMatch(/loopback range/);
  });

  it('resolves a name and refuses it when any of its addresses is refused', async () => {
    await expect(requireAllowedHost(new URL('https://localhost/hooks'), strict)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/localhost is refused: .* loopback range.*WEBHOOK_ALLOWED_NETWORKS/) });
    await expect(requireAllowedHost(new URL('https://127.0.0.1/hooks'), { allowedNetworks: ['127.0.0.0/8'], allowHttp: false })).resolves.toBeUndefined();
  });
});

describe('webhook URLs', () => {
  it('accept https only, unless plain HTTP is allowed for tests', () => {
    expect(() => webhookUrl('http://example.com/hooks', strict)).toThrow('url must use https:// (got http://)');
    expect(webhookUrl('http://example.com/hooks', { ...strict, allowHttp: true }).protocol).toBe('http:');
    expect(() => webhookUrl('not a url', strict)).toThrow(/absolute https:\/\/ URL/);
    expect(() => webhookUrl('https://user:pw@example.com/', strict)).toThrow(/user name or password/);
  });
});

describe('webhook settings', () => {
  const fail = (message: string) => new Error(message);
  it('default to no private networks, no plain HTTP, 8 attempts from a 1 s backoff', () => {
    expect(webhookConfig({}, false, fail)).toEqual({ allowedNetworks: [], allowHttp: false, pollMs: 1000, maxAttempts: 8, backoffMs: 1000, timeoutMs: 5000 });
  });
  it('refuse a malformed network, and plain HTTP in production', () => {
    expect(() => webhookConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0' }, false, fail)).toThrow(/CIDRs such as 10.20.0.0\/16/);
    expect(() => webhookConfig({ WEBHOOK_ALLOW_HTTP: 'true' }, true, fail)).toThrow(/tests only/);
    expect(() => webhookConfig({ WEBHOOK_MAX_ATTEMPTS: '0' }, false, fail)).toThrow(/positive whole number/);
  });
});
