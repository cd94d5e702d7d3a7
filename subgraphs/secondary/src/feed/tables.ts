/**
 * The secondary subgraph's change log: which table is which GraphQL entity,
 * and who may learn of its changes. A learner's rows belong to the school
 * that enrolled them.
 */
import { FEED_INTERNAL_TABLES, organizationTable, publicTable, studentTable, type FeedCoverage } from '@guantong/shared/feed/tables';

const SCHOOL_OF_LEARNER = (column: string) => `SELECT e.school_id FROM secondary_enrollment e WHERE e.student_id = ${column}`;
const SCHOOL_OF_TEACHER = 'SELECT t.institution_id FROM teacher t WHERE t.id = @.teacher_id';

export const secondaryFeed: FeedCoverage = {
  tables: [
    publicTable('secondary_school', 'SecondarySchool', ['id']),
    publicTable('secondary_program', 'SecondaryProgram', ['code']),
    publicTable('secondary_course', 'SecondaryCourse', ['code']),
    publicTable('certificate_module', 'CertificateModule', ['code']),
    publicTable('exam_gate', 'ExamGate', ['standard_code']),
    publicTable('course_competency', 'CourseCompetencyMapping', ['id']),
    publicTable('course_content', 'CourseContentCoverage', ['id']),
    // A new learner is written before their enrolment, so its change names no school: the school learns of them from the SecondaryEnrollment change.
    studentTable('learner', 'Student', ['id'], '@.id', SCHOOL_OF_LEARNER('@.id'), 'IDENTITY'),
    studentTable('secondary_enrollment', 'SecondaryEnrollment', ['student_id'], '@.student_id', '@.school_id', 'RESULTS'),
    studentTable('secondary_result', 'SecondaryCourseResult', ['id'], '@.student_id', SCHOOL_OF_LEARNER('@.student_id'), 'RESULTS'),
    studentTable('module_assessment', 'ModuleAssessment', ['id'], '@.student_id', SCHOOL_OF_LEARNER('@.student_id'), 'RESULTS'),
    studentTable('preliminary_exam', 'PreliminaryExamResult', ['id'], '@.student_id', SCHOOL_OF_LEARNER('@.student_id'), 'RESULTS'),
    studentTable('exam_registration', 'ExamRegistration', ['student_id', 'standard_code'], '@.student_id', SCHOOL_OF_LEARNER('@.student_id'), 'RESULTS'),
    // What a module teaches and needs is part of its public catalogue entry.
    publicTable('module_competency', 'ModuleCompetency', ['module_code', 'item_id']),
    publicTable('module_prerequisite', 'ModulePrerequisite', ['module_code', 'prerequisite_code']),
    studentTable('module_enrolment', 'ModuleProgress', ['student_id', 'module_code'], '@.student_id', SCHOOL_OF_LEARNER('@.student_id'), 'RESULTS'),
    studentTable('learning_report', 'LearningReport', ['id'], '@.student_id', SCHOOL_OF_LEARNER('@.student_id'), 'RESULTS'),
    organizationTable('teacher', 'SecondaryTeacher', ['id'], '@.institution_id'),
    organizationTable('teacher_qualification', 'TeacherQualification', ['id'], SCHOOL_OF_TEACHER),
    organizationTable('teacher_practice', 'EnterprisePractice', ['id'], SCHOOL_OF_TEACHER),
  ],
  excluded: {
    ...FEED_INTERNAL_TABLES,
    learner_serial: 'the counter that numbers new learners; each new learner is logged as a Student',
  },
};
