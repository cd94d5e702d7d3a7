/**
 * Per-request access to the credential machinery: the enterprise's issuers
 * (derived once per process) and the awards' places in their status lists, one
 * statement for every award of the request.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Config } from '@guantong/shared/config';
import { createLogger, type Logger } from '@guantong/shared/logger';
import type { StatusEntryRow } from '../entities/credential-status.ts';
import { enterpriseIssuers } from './issuers.ts';
import { statusEntriesFor } from './status-indexes.ts';

const loggers = new WeakMap<Config, Logger>();

function logger(config: Config): Logger {
  let log = loggers.get(config);
  if (!log) {
    log = createLogger('enterprise', config.logLevel);
    loggers.set(config, log);
  }
  return log;
}

export function credentialLoaders(db: DataSource, config: Config) {
  return {
    config,
    /** One structured line per verification: the outcome, never the credential's subject. */
    log: (fields: Record<string, unknown>) => logger(config).info(fields),
    /** Derived on first use: a request that signs nothing needs no key. */
    issuers: () => enterpriseIssuers(config),
    statusEntryBySerial: new DataLoader<string, StatusEntryRow | undefined>(async (serials) => {
      const entries = await statusEntriesFor(db, serials);
      return serials.map((serial) => entries.get(serial));
    }),
  };
}
