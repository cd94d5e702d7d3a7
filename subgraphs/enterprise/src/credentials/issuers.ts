/**
 * The enterprise subgraph's issuers: one signing identity per enterprise and
 * evaluation organisation, derived from ENTERPRISE_ISSUER_KEY_SECRET, once per
 * process and configuration.
 */
import type { Config } from '@guantong/shared/config';
import { issuersFor, type SubgraphIssuers } from '@guantong/shared/credentials';

export const enterpriseIssuers = (config: Config): SubgraphIssuers => issuersFor(config, 'enterprise');
