/**
 * `npm run export -- --institution <org-id> --out <folder> [--kind <kind>] [--hub <url>]`:
 * downloads the organisation's bundle from the running hub, one CSV file per
 * kind (`<folder>/<kind>.csv`), streamed to disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { bulkClient, fail } from './bulk-client.ts';

const { values } = parseArgs({ options: { institution: { type: 'string' }, out: { type: 'string' }, kind: { type: 'string' }, hub: { type: 'string' } } });
const client = await bulkClient(values.institution, values.hub);
if (!values.out) fail('--out <folder> is required');
const kinds = values.kind ? [values.kind] : client.exportKinds;
await fs.promises.mkdir(values.out, { recursive: true });
for (const kind of kinds) {
  const params = new URLSearchParams({ institution: values.institution!, kind });
  const response = await fetch(`${client.hub}/bulk/${client.subgraph}/exports?${params}`, { headers: { authorization: `Bearer ${client.token}` } });
  if (response.status !== 200 || !response.body) fail(`the hub refused the export of ${kind} (${response.status}): ${await response.text()}`);
  const file = path.join(values.out, `${kind}.csv`);
  await pipeline(Readable.fromWeb(response.body as never), fs.createWriteStream(file));
  console.log(`wrote ${file}`);
}
