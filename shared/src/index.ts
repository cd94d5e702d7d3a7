export * from './config.ts';
export * from './errors.ts';
export * from './identity.ts';
export * from './policy.ts';
export * from './loaders.ts';
export * from './validation.ts';
export * from './database.ts';
export * from './subgraph.ts';
