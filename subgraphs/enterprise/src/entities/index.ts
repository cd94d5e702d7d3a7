import { AccreditationEventEntity } from './accreditation-event.ts';
import { AccreditationEntity } from './accreditation.ts';
import { AwardEntity } from './award.ts';
import { CredentialShareEntity } from './credential-share.ts';
import { StatusEntryEntity, StatusListEntity } from './credential-status.ts';
import { ExamSessionEntity } from './exam-session.ts';
import { OrganizationEntity } from './organization.ts';
import { PrerequisiteEntity } from './prerequisite.ts';
import { RecognitionEventEntity } from './recognition-event.ts';
import { RecognitionEntity } from './recognition.ts';
import { StandardEntity } from './standard.ts';
import { curriculumEntities } from './curriculum.ts';
import { importEntities } from '@guantong/shared/bulk/jobs';

import { feedEntities } from '@guantong/shared/feed/entities';

/** Every table of the enterprise subgraph. */
export const entities = [
  OrganizationEntity, StandardEntity, AwardEntity, RecognitionEntity, RecognitionEventEntity, PrerequisiteEntity,
  StatusListEntity, StatusEntryEntity, CredentialShareEntity,
  AccreditationEntity, AccreditationEventEntity, ExamSessionEntity,
  ...curriculumEntities,
  ...feedEntities,
  ...importEntities,
];
