/**
 * The enterprise subgraph's change log: which table is which GraphQL entity,
 * and who may learn of its changes. An award belongs to the issuer of its
 * standard; agreements, accreditations and exam sessions to their organisation.
 */
import { FEED_INTERNAL_TABLES, organizationTable, publicTable, studentTable, type FeedCoverage } from '@guantong/shared/feed/tables';

const ISSUER_OF_STANDARD = 'SELECT s.issuer_id FROM certificate_standard s WHERE s.code = @.standard_code';
const STATUS_LIST = 'status-list bookkeeping of issued credentials; a revocation is logged as an update of its CertificateAward';

export const enterpriseFeed: FeedCoverage = {
  tables: [
    publicTable('certification_organization', 'CertificationOrganization', ['id']),
    publicTable('certificate_standard', 'CertificateStandard', ['code']),
    publicTable('standard_prerequisite', 'StandardPrerequisite', ['standard_code', 'requires_code']),
    publicTable('content_unit', 'ContentUnit', ['standard_code', 'code']),
    publicTable('content_unit_item', 'ContentUnitItem', ['standard_code', 'unit_code', 'item_id']),
    publicTable('job_position', 'JobPosition', ['id']),
    publicTable('job_requirement', 'JobRequirement', ['id']),
    // A proposal is the proposer's business until agreed; the counterpart reads it through its own queries.
    organizationTable('recognition_agreement', 'RecognitionAgreement', ['id'], '@.proposer_org_id'),
    organizationTable('recognition_event', 'RecognitionEvent', ['id'], '@.organization_id'),
    organizationTable('issuer_accreditation', 'Accreditation', ['id'], '@.organization_id'),
    organizationTable('issuer_accreditation_event', 'AccreditationEvent', ['id'], 'SELECT a.organization_id FROM issuer_accreditation a WHERE a.id = @.accreditation_id'),
    organizationTable('certificate_exam_session', 'ExamSession', ['id'], ISSUER_OF_STANDARD),
    studentTable('certificate_award', 'CertificateAward', ['serial'], '@.student_id', ISSUER_OF_STANDARD, 'CERTIFICATES'),
    // No institution owns a share link: only the learner, their guardian and admins learn of it.
    studentTable('credential_share', 'CredentialShare', ['id'], '@.student_id', undefined, 'CERTIFICATES'),
  ],
  excluded: {
    ...FEED_INTERNAL_TABLES,
    credential_status_entry: STATUS_LIST,
    credential_status_list: STATUS_LIST,
  },
};
