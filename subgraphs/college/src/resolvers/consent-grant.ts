import { isActive, scopesOf } from '../entities/consent-grant.ts';
import type { ConsentGrantResolvers } from '../generated/resolvers.ts';
import { nowInstant } from '@guantong/shared/clock';

// Reached only through Student.consents and the consent mutations, which have authorised the caller.
export const ConsentGrant: ConsentGrantResolvers = {
  scopes: (grant) => scopesOf(grant),
  // Decided when asked, against the clock now: a grant can expire between two requests.
  active: (grant) => isActive(grant, nowInstant()),
};
