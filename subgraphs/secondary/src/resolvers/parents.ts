import type { ActiveGrant } from '@guantong/shared/policy';
import type { EnrollmentRow } from '../entities/enrollment.ts';

/**
 * What Student resolvers receive. `pathwayOrganizationIds` and `activeGrants`
 * are owned by the college subgraph and arrive through `@requires` in the
 * entity representation; they are absent when the learner is reached from a
 * row of this subgraph (the query planner then fetches them before asking for
 * `name`, `nationalId` or `secondaryStage`). `enrollment` is set when it is
 * already known.
 */
export interface StudentParent {
  id: string;
  pathwayOrganizationIds?: readonly string[];
  /** The learner's consent grants in force at this instant. */
  activeGrants?: readonly ActiveGrant[];
  enrollment?: EnrollmentRow | null;
}
