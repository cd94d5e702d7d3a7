import type { AccessLogEntryResolvers, AuditEntryResolvers } from '../generated/resolvers.ts';

/** The store keeps the parts read as one comma-separated string. */
const parts = (entry: { parts: string }) => entry.parts.split(',');

// Reached only through Student.accessLog and Query.auditTrail, which have authorised the caller.
export const AccessLogEntry: AccessLogEntryResolvers = { parts };
export const AuditEntry: AuditEntryResolvers = { parts };
