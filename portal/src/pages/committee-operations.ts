import { graphql } from '../generated/gql.ts';

// Four operations rather than one: each stays well inside the gateway's cost limit,
// and each part of the page loads (or is refused) on its own.

export const COMMITTEE = graphql(`
  query CurriculumCommittee($id: ID!) {
    curriculumCommittee(id: $id) {
      id name enterpriseQuorum enterpriseShare
      members(first: 50) { totalCount }
      agreement { id name }
    }
  }
`);

export const MAPPING_TABLE = graphql(`
  query MappingTable($agreementId: ID!) {
    articulationAgreement(id: $agreementId) {
      id
      mappingTable(first: 50) { totalCount nodes { stage competency { code abbreviatedStatement statement } courseCode courseTitle hours hourShare certificate { name level } contentShare } }
    }
  }
`);

/** Public overlap figures, and the cohort figures only the agreement's institutions may read. */
export const COMMITTEE_REPORTS = graphql(`
  query CommitteeReports($agreementId: ID!, $reformDate: Date!, $beforeReform: Date!) {
    articulationAgreement(id: $agreementId) {
      id
      beforeReform: overlap(on: $beforeReform) { on higherHours duplicatedHours rate }
      overlap { on higherHours duplicatedHours rate
        duplicates(first: 30) { nodes { competency { code abbreviatedStatement statement } secondaryCourseCode collegeCourseCode hours } }
        suggestions(first: 30) { nodes { action secondaryCourseCode collegeCourseCode duplicatedHours courseHours proposedRule { minScore exemptCourseCodes credits } existingRule { id } } } }
      cohortOutcomes(reformDate: $reformDate) { reformDate before { alignment { placements certificates aligned rate } } after { alignment { placements certificates aligned rate } } }
    }
  }
`);

export const PROPOSALS = graphql(`
  query CommitteeProposals($id: ID!) {
    curriculumCommittee(id: $id) {
      id
      proposals(first: 5) { nodes { id kind effectiveTerm rationale status newTitle
        course { code title versions(first: 5) { nodes { version title credits hours effectiveFrom effectiveTo decision { decidedOn outcome } } } }
        tally { votesFor votesAgainst abstentions enterpriseShare quorum quorate }
        decision { decidedOn outcome touchedCreditRules { id } touchedMappings { kind } } } }
    }
  }
`);
