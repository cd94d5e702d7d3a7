/**
 * `npm run keys`: makes a new Ed25519 key pair for the gateway and prints the
 * two environment lines. GATEWAY_SIGNING_KEY goes to the gateway only; every
 * subgraph gets GATEWAY_PUBLIC_KEY (or GATEWAY_JWKS_URL, the gateway's
 * /.well-known/jwks.json).
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';

const kid = `gateway-${randomUUID().slice(0, 8)}`;
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const line = (key: object) => `'${JSON.stringify({ ...key, kid })}'`;
console.log(`# the gateway only:\nGATEWAY_SIGNING_KEY=${line(privateKey.export({ format: 'jwk' }))}`);
console.log(`# every subgraph:\nGATEWAY_PUBLIC_KEY=${line(publicKey.export({ format: 'jwk' }))}`);
