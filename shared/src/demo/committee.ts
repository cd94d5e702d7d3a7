/**
 * The Network Technology School–Enterprise Curriculum Committee (seed 000
 * §4.1): 10 members, 4 of them from enterprises (40%). In December 2024 it
 * replaced 4G Network Optimization with 5G Network Architecture from term
 * 2025-2026-1. A second proposal is still open: only one enterprise member
 * has voted on it, so the committee may not decide it yet.
 */
export type MemberKind = 'SCHOOL' | 'COLLEGE' | 'ENTERPRISE';
export type VoteChoice = 'FOR' | 'AGAINST' | 'ABSTAIN';
export interface DemoMember { name: string; organizationId: string; kind: MemberKind; role: string }
export interface DemoVote { member: number; choice: VoteChoice; castAt: string }
export interface DemoProposal {
  kind: 'REVISE' | 'REPLACE' | 'RETIRE'; courseCode: string; newTitle: string | null; newCredits: number | null; newHours: number | null;
  effectiveTerm: string; rationale: string; proposedByOrganizationId: string; proposedAt: string; votes: DemoVote[];
  /** When the committee decided it (null: still open). */
  decidedOn: string | null;
}

export const DEMO_COMMITTEE = {
  id: 'cmt-net', collegeId: 'col-metro', agreementId: 'agr-net', name: 'Network Technology School–Enterprise Curriculum Committee', enterpriseQuorum: 0.4,
};

export const demoMembers: DemoMember[] = [
  { name: '周海峰', organizationId: 'col-metro', kind: 'COLLEGE', role: 'chair, dean of the School of Information Engineering' },
  { name: '林晓梅', organizationId: 'col-metro', kind: 'COLLEGE', role: 'Network Technology programme lead' },
  { name: '郭志远', organizationId: 'col-metro', kind: 'COLLEGE', role: 'teaching affairs office' },
  { name: '何春生', organizationId: 'sch-riverside', kind: 'SCHOOL', role: 'vice-principal for teaching' },
  { name: '罗静', organizationId: 'sch-riverside', kind: 'SCHOOL', role: 'Network Technology department head' },
  { name: '马文涛', organizationId: 'sch-riverside', kind: 'SCHOOL', role: 'lead teacher, device configuration' },
  { name: '孙立新', organizationId: 'org-tianyi', kind: 'ENTERPRISE', role: 'chief engineer, mobile networks' },
  { name: '高瑞', organizationId: 'org-tianyi', kind: 'ENTERPRISE', role: 'head of training' },
  { name: '朱明', organizationId: 'org-zhongxin', kind: 'ENTERPRISE', role: 'certification standards manager' },
  { name: '胡嘉怡', organizationId: 'org-zhongxin', kind: 'ENTERPRISE', role: 'assessment centre director' },
];

const at = (day: string, member: number) => `${day}T0${member % 8}:30:00.000Z`;

export const demoProposals: DemoProposal[] = [
  {
    kind: 'REPLACE', courseCode: 'NET-H240', newTitle: '5G Network Architecture', newCredits: 3, newHours: 48, effectiveTerm: '2025-2026-1',
    rationale: 'The 5G technology upgrade: operators no longer hire for 4G optimisation; teach 5G architecture instead.',
    proposedByOrganizationId: 'org-tianyi', proposedAt: '2024-12-02T02:00:00.000Z',
    // A school member abstains: 9 vote, 4 of them from enterprises (44%).
    votes: [0, 1, 2, 3, 4, 6, 7, 8, 9].map((member) => ({ member, choice: member === 4 ? 'AGAINST' : 'FOR', castAt: at('2024-12-16', member) }) as DemoVote)
      .concat([{ member: 5, choice: 'ABSTAIN', castAt: at('2024-12-16', 5) }]),
    decidedOn: '2024-12-20',
  },
  {
    kind: 'REVISE', courseCode: 'NET-H220', newTitle: 'Cloud, Data Centre and SD-WAN Networks', newCredits: 3, newHours: 48, effectiveTerm: '2027-2028-1',
    rationale: 'Add SD-WAN to the data centre course, as enterprise customers move their branches onto it.',
    proposedByOrganizationId: 'col-metro', proposedAt: '2026-11-02T02:00:00.000Z',
    // One enterprise vote among four: 25%, below the committee's 40%.
    votes: [0, 1, 3, 6].map((member) => ({ member, choice: 'FOR' as const, castAt: at('2026-11-16', member) })),
    decidedOn: null,
  },
];
