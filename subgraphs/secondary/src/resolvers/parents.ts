import type { EnrollmentRow } from '../entities/enrollment.ts';

/**
 * What Student resolvers receive. `pathwayOrganizationIds` is owned by the
 * college subgraph and arrives through `@requires` in the entity
 * representation; it is absent when the learner is reached from a row of this
 * subgraph (the query planner then fetches it before asking for `name` or
 * `secondaryStage`). `enrollment` is set when it is already known.
 */
export interface StudentParent {
  id: string;
  pathwayOrganizationIds?: readonly string[];
  enrollment?: EnrollmentRow | null;
}
