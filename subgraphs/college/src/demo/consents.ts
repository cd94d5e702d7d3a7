/**
 * The demo's consent grants, so the demo shows consent working both ways: one
 * grant in force, one revoked, one expired, and one made by a guardian. Fixed
 * ids and instants keep the seed the same on every machine.
 */
import { learnerId } from '@guantong/shared/validation';
import { activeKeyOf, type ConsentGrantRow } from '../entities/consent-grant.ts';

const endOf = (date: string) => `${date}T23:59:59.999Z`;

/** Serial 3 of a cohort is on the Automotive pathway (serials cycle NET, EC, AUTO). */
export const AUTO_GRADUATE = learnerId(2021, 3);

const grants: Omit<ConsentGrantRow, 'activeKey'>[] = [
  {
    // The Automotive graduate lets Huadong, the automobile group, check their certificates and results.
    id: '5f1c2a9e-3b7d-4c61-9a0e-2d8b6f4c1a01',
    studentId: AUTO_GRADUATE, organizationId: 'org-huadong', scopes: 'RESULTS,CERTIFICATES', purpose: 'graduate recruitment',
    grantedAt: '2026-07-15T08:00:00.000Z', expiresAt: endOf('2027-06-30'), revokedAt: null,
    grantedBy: 'STUDENT', grantedBySubject: `student:${AUTO_GRADUATE}`,
  },
  {
    // Withdrawn after the internship fell through: Tianyi no longer sees the certificate.
    id: '5f1c2a9e-3b7d-4c61-9a0e-2d8b6f4c1a02',
    studentId: learnerId(2021, 1), organizationId: 'org-tianyi', scopes: 'CERTIFICATES', purpose: 'internship placement',
    grantedAt: '2026-03-01T09:30:00.000Z', expiresAt: endOf('2026-12-31'), revokedAt: '2026-05-10T14:00:00.000Z',
    grantedBy: 'STUDENT', grantedBySubject: `student:${learnerId(2021, 1)}`,
  },
  {
    // Lapsed at the end of January 2026.
    id: '5f1c2a9e-3b7d-4c61-9a0e-2d8b6f4c1a03',
    studentId: learnerId(2022, 2), organizationId: 'org-xinshang', scopes: 'RESULTS', purpose: 'online store module assessment',
    grantedAt: '2025-09-01T10:00:00.000Z', expiresAt: endOf('2026-01-31'), revokedAt: null,
    grantedBy: 'STUDENT', grantedBySubject: `student:${learnerId(2022, 2)}`,
  },
  {
    // Made by a guardian for a learner still at school.
    id: '5f1c2a9e-3b7d-4c61-9a0e-2d8b6f4c1a04',
    studentId: learnerId(2025, 2), organizationId: 'org-xinshang', scopes: 'CERTIFICATES', purpose: 'skills competition entry',
    grantedAt: '2026-10-08T02:15:00.000Z', expiresAt: endOf('2027-03-31'), revokedAt: null,
    grantedBy: 'GUARDIAN', grantedBySubject: `guardian:${learnerId(2025, 2)}`,
  },
];

/** The grants as stored: an unrevoked grant holds its active key (see ConsentGrantRow.activeKey). */
export const demoConsents: ConsentGrantRow[] = grants.map((g) => ({ ...g, activeKey: g.revokedAt === null ? activeKeyOf(g) : null }));
