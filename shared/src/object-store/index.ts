/** The object store a subgraph's configuration names (config.ts reads OBJECT_STORE once). */
import path from 'node:path';
import type { Config, SubgraphName } from '../config.ts';
import { filesystemStore } from './fs-store.ts';
import { s3Store } from './s3-store.ts';
import type { ObjectStore } from './store.ts';

export type { ObjectInfo, ObjectStore } from './store.ts';
export { contentKey } from './store.ts';

/** The subgraph's store: its own subfolder of OBJECT_STORE_DIR, or its own key prefix in S3_BUCKET. */
export function objectStoreFor(config: Config, subgraph: SubgraphName): ObjectStore {
  const { objectStore } = config;
  if (objectStore.kind === 's3' && objectStore.s3) return s3Store(objectStore.s3, subgraph);
  return filesystemStore(path.join(objectStore.dir, subgraph));
}
