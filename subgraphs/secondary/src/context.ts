import type { SubgraphContext } from '@guantong/shared/subgraph';
import type { Loaders } from './loaders.ts';

/** The per-request context every resolver in this subgraph receives. */
export type Context = SubgraphContext<Loaders>;
