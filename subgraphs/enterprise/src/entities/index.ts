import { AwardEntity } from './award.ts';
import { OrganizationEntity } from './organization.ts';
import { PrerequisiteEntity } from './prerequisite.ts';
import { RecognitionEventEntity } from './recognition-event.ts';
import { RecognitionEntity } from './recognition.ts';
import { StandardEntity } from './standard.ts';
import { curriculumEntities } from './curriculum.ts';

/** Every table of the enterprise subgraph. */
export const entities = [OrganizationEntity, StandardEntity, AwardEntity, RecognitionEntity, RecognitionEventEntity, PrerequisiteEntity, ...curriculumEntities];
