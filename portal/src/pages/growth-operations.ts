import { graphql } from '../generated/gql.ts';

// Several operations rather than one: each stays well inside the gateway's cost
// limit, each part of the page loads (or is refused) on its own, and the
// printable page, the heaviest text, is asked for only when opened.

export const GROWTH_OVERVIEW = graphql(`
  query LearnerGrowth($id: LearnerId!) {
    student(id: $id) {
      id name
      careerTarget { jobPosition { id title } }
      competencyRadar { asOf jobPosition { id title } axes { kind attained required items requiredItems metRequiredItems } }
      moduleRecommendations(first: 5) { totalCount nodes { rank gapClosed gapUnlocked reason
        module { code title credits }
        unlocks { code }
        covers { id code }
        missingCovered { id code } } }
    }
  }
`);

export const COMPETENCY_PROFILE = graphql(`
  query LearnerCompetencyProfile($id: LearnerId!) {
    student(id: $id) {
      id
      competencyProfile { asOf method framework { id title version }
        items(first: 30) { totalCount nodes { level met evidenceWeight
          item { id code kind statement abbreviatedStatement }
          evidence { kind source on score value weight } } } }
    }
  }
`);

export const MODULE_PROGRESS = graphql(`
  query LearnerModuleProgress($id: LearnerId!) {
    student(id: $id) {
      id
      moduleProgress(first: 20) { totalCount nodes { status enrolledOn startsOn attempts bestScore lastAssessedOn passedOn
        module { code title credits } } }
    }
  }
`);

export const LEARNING_REPORTS = graphql(`
  query LearnerLearningReports($id: LearnerId!) {
    student(id: $id) {
      id
      learningReports(first: 10) { totalCount nodes { id generatedAt asOf score passed
        module { code title }
        cohort { cohort learners mean median percentile }
        competenciesGained { before after item { id code } }
        jobPosition { id title }
        remainingGaps { level essential item { id code } }
        suggestions { kind text module { code } }
        examGate { allModulesPassed text } } }
    }
  }
`);

/** The printable pages of the learner's reports, asked for when one is opened. */
export const PRINTABLE_REPORTS = graphql(`
  query LearnerPrintableReports($id: LearnerId!) {
    student(id: $id) {
      id
      learningReports(first: 10) { nodes { id printableHtml } }
    }
  }
`);
