import { CertificateModuleEntity } from './certificate-module.ts';
import { CourseEntity } from './course.ts';
import { EnrollmentEntity } from './enrollment.ts';
import { ExamGateEntity } from './exam-gate.ts';
import { ExamRegistrationEntity } from './exam-registration.ts';
import { LearnerEntity } from './learner.ts';
import { LearnerSerialEntity } from './learner-serial.ts';
import { ModuleAssessmentEntity } from './module-assessment.ts';
import { ModuleCompetencyEntity, ModuleEnrolmentEntity, ModulePrerequisiteEntity } from './module-catalogue.ts';
import { LearningReportEntity } from './learning-report.ts';
import { PreliminaryExamEntity } from './preliminary-exam.ts';
import { ProgramEntity } from './program.ts';
import { ResultEntity } from './result.ts';
import { SchoolEntity } from './school.ts';
import { CourseCompetencyEntity, CourseContentEntity } from '@guantong/shared/curriculum/entities';
import { teacherEntities } from '@guantong/shared/teachers/entities';
import { importEntities } from '@guantong/shared/bulk/jobs';

import { feedEntities } from '@guantong/shared/feed/entities';

/** Every table of the secondary subgraph. */
export const entities = [
  SchoolEntity, ProgramEntity, CourseEntity, LearnerEntity, EnrollmentEntity, ResultEntity,
  CertificateModuleEntity, ExamGateEntity, ModuleAssessmentEntity, PreliminaryExamEntity, ExamRegistrationEntity,
  LearnerSerialEntity,
  ModuleCompetencyEntity, ModulePrerequisiteEntity, ModuleEnrolmentEntity, LearningReportEntity,
  CourseCompetencyEntity, CourseContentEntity, ...teacherEntities,
  ...feedEntities,
  ...importEntities,
];
