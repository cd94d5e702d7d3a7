import { CourseEntity } from './course.ts';
import { EnrollmentEntity } from './enrollment.ts';
import { LearnerEntity } from './learner.ts';
import { ProgramEntity } from './program.ts';
import { ResultEntity } from './result.ts';
import { SchoolEntity } from './school.ts';

/** Every table of the secondary subgraph. */
export const entities = [SchoolEntity, ProgramEntity, CourseEntity, LearnerEntity, EnrollmentEntity, ResultEntity];
