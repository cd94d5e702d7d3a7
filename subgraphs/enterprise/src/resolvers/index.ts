import { dateScalars } from '@guantong/shared/scalars';
import type { Resolvers } from '../generated/resolvers.ts';
import { CertificateAward } from './award.ts';
import { Mutation } from './mutation.ts';
import { CertificationOrganization } from './organization.ts';
import { Query } from './query.ts';
import { Recognition } from './recognition.ts';
import { RecognitionAgreement, RecognitionEvent } from './recognition-agreement.ts';
import { CertificateStandard } from './standard.ts';
import { RecognizedCertificate } from './recognized-certificate.ts';
import { Student } from './student.ts';
import { CertificateVerification } from './verification.ts';
import { CredentialAward, CredentialMutation, CredentialQuery, JSON } from './credentials.ts';
import { CredentialShareLink } from './credential-links.ts';
import { Accreditation, AccreditationCheck, AccreditationEvent, ExamSession, IssuingMonth, IssuingReport } from './accreditation.ts';
import { ContentUnit, JobPosition, JobRequirement } from './curriculum.ts';

/** Every resolver of the enterprise subgraph, one file per GraphQL type. */
export const resolvers: Resolvers = {
  Query: { ...Query, ...CredentialQuery },
  Mutation: { ...Mutation, ...CredentialMutation },
  CertificationOrganization,
  CertificateStandard,
  CertificateAward: { ...CertificateAward, ...CredentialAward },
  JSON,
  ...dateScalars,
  CertificateVerification,
  CredentialShareLink,
  Recognition,
  RecognitionAgreement,
  RecognitionEvent,
  RecognizedCertificate,
  Student,
  Accreditation,
  AccreditationEvent,
  AccreditationCheck,
  ExamSession,
  IssuingReport,
  IssuingMonth,
  ContentUnit,
  JobPosition,
  JobRequirement,
};
