/**
 * Demo data this subgraph adds to the shared catalogue for the articulation
 * engine: the rungs of the X certificates' ladder, and a third ICV certificate
 * that closes a cycle of mutual recognitions (seed 002 §5.5: enterprise and X
 * certificates recognised as each other).
 *
 *   X-ICV-2 ⇄ E-HD-ICVT ⇄ E-XH-ADAS ⇄ X-ICV-2   (every agreement mutual)
 *
 * Every demo holder of X-NE-2 and X-OSOP-2 holds the rung below too, issued
 * earlier (the seed test checks it), so the demo awards respect the ladder.
 */
import type { catalog } from '@guantong/shared/demo';
import type { OrganizationRow } from '../entities/organization.ts';
import type { PrerequisiteRow } from '../entities/prerequisite.ts';
import type { StandardRow } from '../entities/standard.ts';

/** Huadong's supplier of driver-assistance systems, with its own technician grade. */
export const ladderOrganizations: OrganizationRow[] = [
  { id: 'org-xinghe', name: 'Xinghe Intelligent Driving Technology Co., Ltd.', kind: 'ENTERPRISE' },
];

export const ladderStandards: StandardRow[] = [
  {
    code: 'E-XH-ADAS',
    name: 'Xinghe ADAS Calibration Technician (Level 2)',
    kind: 'ENTERPRISE_TECHNICAL',
    level: 'INTERMEDIATE',
    description: "Xinghe's own grade for calibrating cameras and radar on the driver-assistance lines it runs for Huadong.",
    issuerId: 'org-xinghe',
  },
];

/**
 * Each agreed by both issuers, as in the shared catalogue; the last is a
 * proposal Zhongxin has not answered, so it counts for nothing.
 */
export const ladderRecognitions: catalog.Recognition[] = [
  {
    id: 'rec-huadong-xinghe',
    fromCode: 'E-HD-ICVT',
    toCode: 'E-XH-ADAS',
    mutual: true,
    effectiveFrom: '2024-09-01',
    effectiveTo: null,
    basis: 'Huadong and its ADAS supplier Xinghe accept each other’s level-2 technicians on shared calibration lines',
    proposedBy: 'org-xinghe',
    proposedAt: '2024-07-10T02:00:00.000Z',
    agreedAt: '2024-08-01T07:45:00.000Z',
  },
  {
    id: 'rec-icv-xinghe',
    fromCode: 'X-ICV-2',
    toCode: 'E-XH-ADAS',
    mutual: true,
    effectiveFrom: '2025-03-01',
    effectiveTo: '2030-08-31',
    basis: 'Zhilian – Xinghe pilot: X-ICV-2 holders and Xinghe ADAS technicians count as each other (seed 002 §5.5)',
    proposedBy: 'org-zhilian',
    proposedAt: '2025-01-15T03:30:00.000Z',
    agreedAt: '2025-02-10T08:00:00.000Z',
  },
  {
    id: 'rec-tianyi-ned',
    fromCode: 'E-TY-NT',
    toCode: 'X-NED-1',
    mutual: false,
    effectiveFrom: '2026-09-01',
    effectiveTo: null,
    basis: 'Tianyi asks Zhongxin to accept its certified network technicians as X-NED-1 holders; Zhongxin has not answered',
    proposedBy: 'org-tianyi',
    proposedAt: '2026-03-02T02:00:00.000Z',
    agreedAt: null,
  },
];

/** Intermediate requires entry, for the two X certificates the demo awards at both levels. */
export const ladderPrerequisites: PrerequisiteRow[] = [
  { standardCode: 'X-NE-2', requiresCode: 'X-NED-1' },
  { standardCode: 'X-OSOP-2', requiresCode: 'X-OSOP-1' },
];
