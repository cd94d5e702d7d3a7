/** The public contract operations, exactly as integrators write them. */
export const FIVE_YEAR_RECORD = /* GraphQL */ `
  query FiveYearRecord($id: LearnerId!) {
    student(id: $id) {
      id name
      pathway { stage cohort agreement { id name } }
      secondaryStage { institution { name } program { name } enrolledOn completedOn
        results { nodes { course { code title credits } term score passed } } }
      higherStage { institution { name } program { name } enrolledOn completedOn
        results { nodes { course { code title credits } term score passed } } }
      certificates { nodes { serial status issuedOn score
        standard { code name kind level recognitions { counterpart { code name kind level } mutual } } } }
    }
  }
`;

export const STUDENTS = /* GraphQL */ `
  query Students($filter: StudentFilter, $first: Int, $after: String) {
    students(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } nodes { id name pathway { stage cohort } }
    }
  }
`;

export const RECOGNITION = /* GraphQL */ `
  query Recognition($code: ID!) {
    certificateStandard(code: $code) { code name kind level issuer { id name }
      recognitions { counterpart { code name kind level } mutual effectiveFrom effectiveTo basis } }
  }
`;
