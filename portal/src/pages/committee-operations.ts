import { graphql } from '../generated/gql.ts';

/** Everything the committee reviews, in one round trip: public catalogue, and cohort figures for the agreement's institutions. */
export const COMMITTEE = graphql(`
  query CurriculumCommittee($id: ID!, $reformDate: String!, $beforeReform: String!) {
    curriculumCommittee(id: $id) {
      id name enterpriseQuorum enterpriseShare
      members(first: 50) { totalCount nodes { id name organizationId kind role } }
      proposals(first: 20) { nodes { id kind effectiveTerm rationale status newTitle
        course { code title versions(first: 20) { nodes { version title credits hours effectiveFrom effectiveTo decision { decidedOn outcome } } } }
        tally { votesFor votesAgainst abstentions enterpriseShare quorum quorate }
        decision { decidedOn outcome touchedCreditRules { id description } touchedMappings { kind itemId standardCode hours } } } }
      agreement { id name
        mappingTable(first: 50) { totalCount nodes { stage competency { code abbreviatedStatement statement } courseCode courseTitle hours hourShare certificate { name level } contentShare } }
        beforeReform: overlap(on: $beforeReform) { on higherHours duplicatedHours rate }
        overlap { on higherHours duplicatedHours rate
          duplicates(first: 50) { nodes { competency { code abbreviatedStatement statement } secondaryCourseCode collegeCourseCode hours } }
          suggestions(first: 50) { nodes { action secondaryCourseCode collegeCourseCode duplicatedHours courseHours proposedRule { minScore exemptCourseCodes credits } existingRule { id } } } }
        cohortOutcomes(reformDate: $reformDate) { reformDate before { alignment { placements certificates aligned rate } } after { alignment { placements certificates aligned rate } } }
      }
    }
  }
`);
