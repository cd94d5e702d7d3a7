/** The object store a subgraph's configuration names (config.ts reads OBJECT_STORE once). */
import path from 'node:path';
import type { Config, SubgraphName } from '../config.ts';
import { filesystemStore } from './fs-store.ts';
import type { S3StoreConfig } from '../config.ts';
import type { ObjectStore } from './store.ts';

export type { ObjectInfo, ObjectStore } from './store.ts';
export { contentKey } from './store.ts';

/** The subgraph's store: its own subfolder of OBJECT_STORE_DIR, or its own key prefix in S3_BUCKET. */
export function objectStoreFor(config: Config, subgraph: SubgraphName): ObjectStore {
  const { objectStore } = config;
  if (objectStore.kind === 's3' && objectStore.s3) return lazyS3Store(objectStore.s3, subgraph);
  return filesystemStore(path.join(objectStore.dir, subgraph));
}

/** The S3 store with its SDK loaded on first use: the SDK is large, and a hub on the filesystem store never needs it. */
function lazyS3Store(config: S3StoreConfig, prefix: string): ObjectStore {
  let store: Promise<ObjectStore> | undefined;
  const load = () => (store ??= import('./s3-store.ts').then((m) => m.s3Store(config, prefix)));
  return {
    put: async (key, body, info) => (await load()).put(key, body, info),
    get: async (key) => (await load()).get(key),
    head: async (key) => (await load()).head(key),
    delete: async (key) => (await load()).delete(key),
  };
}
