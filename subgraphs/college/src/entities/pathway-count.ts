import { EntitySchema } from 'typeorm';
import type { Stage } from './pathway.ts';

/**
 * How many learners the pathway registry holds for one agreement, cohort and
 * stage. Database triggers on pathway keep it (see the PathwayCounts
 * migration); the code only reads it, to count a roster without reading it.
 */
export interface PathwayCountRow {
  agreementId: string;
  cohort: string;
  stage: Stage;
  learners: number;
}

export const PathwayCountEntity = new EntitySchema<PathwayCountRow>({
  name: 'PathwayCount',
  tableName: 'pathway_count',
  columns: {
    agreementId: { name: 'agreement_id', type: 'varchar', length: 32, primary: true },
    cohort: { type: 'varchar', length: 4, primary: true },
    stage: { type: 'varchar', length: 16, primary: true },
    learners: { type: 'int' },
  },
});
