/** The four workloads of `npm run bench`, as a portal sends them. */
import { FIVE_YEAR_RECORD } from '../../test/helpers/operations.ts';

export interface Workload {
  id: 'W1' | 'W2' | 'W3' | 'W4';
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** ADMIN, or anonymous. */
  as: 'ADMIN' | 'anonymous';
  /** Requests per timed block (smaller for the heavy ones, so a run stays within its time). */
  perBlock: number;
}

const ROSTER = `query Roster($first: Int) {
  students(first: $first) {
    totalCount
    nodes {
      id name
      pathway { stage cohort agreement { id name } }
      secondaryStage { institution { name } program { name } results { nodes { course { code title credits } term score passed } } }
      higherStage { institution { name } program { name } results { nodes { course { code title credits } term score passed } } }
      certificates { nodes { serial status issuedOn standard { code name level } } }
    }
  }
}`;

const RECOGNITION = `query Recognition($code: ID!) {
  certificateStandard(code: $code) { code name kind level issuer { id name }
    recognitions { counterpart { code name kind level } mutual effectiveFrom effectiveTo basis } }
}`;

const TRANSFERS = `query Transfers($first: Int) {
  students(first: $first) {
    nodes {
      id
      creditTransfers { totalCredits cappedCredits transfers { status reason credits rule { id kind priority } exemptedCourse { code title } } }
      progression { eligible checks { met detail missing } }
    }
  }
}`;

export const WORKLOADS: Workload[] = [
  { id: 'W1', title: 'FiveYearRecord of one learner', query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' }, as: 'ADMIN', perBlock: 40 },
  { id: 'W2', title: 'a 100-learner roster with both stages and certificates', query: ROSTER, variables: { first: 100 }, as: 'ADMIN', perBlock: 6 },
  { id: 'W3', title: 'anonymous certificateStandard with recognitions', query: RECOGNITION, variables: { code: 'X-ICV-2' }, as: 'anonymous', perBlock: 60 },
  { id: 'W4', title: 'creditTransfers + progression for 100 learners', query: TRANSFERS, variables: { first: 100 }, as: 'ADMIN', perBlock: 6 },
];

/** The roster and transfer workloads at another page size (statements and fetches per request). */
export function atSize(workload: Workload, first: number): Workload {
  return { ...workload, variables: { ...workload.variables, first } };
}
