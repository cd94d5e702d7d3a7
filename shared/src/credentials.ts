/** Verifiable credentials (shared/src/credentials/): one import path for the whole core. */
export * from './credentials/index.ts';
