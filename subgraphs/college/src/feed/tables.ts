/**
 * The college subgraph's change log: which table is which GraphQL entity, and
 * who may learn of its changes. A learner's rows belong to the college of
 * their pathway (or the organisation that recorded them); committees to their college.
 */
import { FEED_INTERNAL_TABLES, organizationTable, publicTable, studentTable, type FeedCoverage } from '@guantong/shared/feed/tables';

const PATHWAY_COLLEGE = 'SELECT a.college_id FROM pathway p JOIN articulation_agreement a ON a.id = p.agreement_id WHERE p.student_id = @.student_id';
const COMMITTEE_COLLEGE = 'SELECT c.college_id FROM curriculum_committee c WHERE c.id = @.committee_id';
const PROPOSAL_COLLEGE = 'SELECT c.college_id FROM committee_proposal p JOIN curriculum_committee c ON c.id = p.committee_id WHERE p.id = @.proposal_id';
const TEACHER_COLLEGE = 'SELECT t.institution_id FROM teacher t WHERE t.id = @.teacher_id';
const results = (table: string, entityType: string, key: readonly string[], organization: string) => studentTable(table, entityType, key, '@.student_id', organization, 'RESULTS');

export const collegeFeed: FeedCoverage = {
  tables: [
    publicTable('college', 'College', ['id']),
    publicTable('college_program', 'CollegeProgram', ['code']),
    publicTable('college_course', 'CollegeCourse', ['code']),
    publicTable('college_course_version', 'CourseVersion', ['course_code', 'version']),
    publicTable('articulation_agreement', 'ArticulationAgreement', ['id']),
    publicTable('credit_rule', 'CreditRule', ['id']),
    publicTable('credit_rule_retirement', 'CreditRuleRetirement', ['id']),
    publicTable('progression_requirement', 'ProgressionRequirement', ['id']),
    publicTable('progression_requirement_version', 'RequirementVersion', ['agreement_id', 'version']),
    publicTable('competency_framework', 'CompetencyFramework', ['id']),
    publicTable('competency_item', 'CompetencyItem', ['id']),
    publicTable('competency_association', 'CompetencyAssociation', ['id']),
    publicTable('course_competency', 'CourseCompetencyMapping', ['id']),
    publicTable('course_content', 'CourseContentCoverage', ['id']),
    organizationTable('curriculum_committee', 'CurriculumCommittee', ['id'], '@.college_id'),
    organizationTable('committee_member', 'CommitteeMember', ['id'], COMMITTEE_COLLEGE),
    organizationTable('committee_proposal', 'CommitteeProposal', ['id'], COMMITTEE_COLLEGE),
    organizationTable('committee_vote', 'CommitteeVote', ['proposal_id', 'member_id'], PROPOSAL_COLLEGE),
    organizationTable('committee_decision', 'CommitteeDecision', ['proposal_id'], PROPOSAL_COLLEGE),
    organizationTable('teacher', 'CollegeTeacher', ['id'], '@.institution_id'),
    organizationTable('teacher_qualification', 'TeacherQualification', ['id'], TEACHER_COLLEGE),
    organizationTable('teacher_practice', 'EnterprisePractice', ['id'], TEACHER_COLLEGE),
    results('pathway', 'Pathway', ['student_id'], 'SELECT a.college_id FROM articulation_agreement a WHERE a.id = @.agreement_id'),
    results('higher_enrollment', 'HigherEnrollment', ['student_id'], '@.college_id'),
    results('college_course_result', 'CollegeCourseResult', ['student_id', 'course_code', 'term'], PATHWAY_COLLEGE),
    results('career_target', 'CareerTarget', ['student_id'], PATHWAY_COLLEGE),
    results('placement', 'Placement', ['id'], '@.recorded_by_organization_id'),
    results('training_subsidy', 'TrainingSubsidy', ['student_id'], '@.recorded_by_organization_id'),
    results('progression_decision', 'ProgressionDecision', ['id'], 'SELECT a.college_id FROM articulation_agreement a WHERE a.id = @.agreement_id'),
    results('transfer_review', 'TransferReview', ['id'], '@.college_id'),
    // The grantee learns of the consent it was given; the learner of their own grants.
    studentTable('consent_grant', 'ConsentGrant', ['id'], '@.student_id', '@.organization_id', 'IDENTITY'),
  ],
  excluded: {
    ...FEED_INTERNAL_TABLES,
    pathway_count: 'learners per agreement, cohort and stage, derived from pathway by triggers; each registration and move is logged as a Pathway',
  },
};
