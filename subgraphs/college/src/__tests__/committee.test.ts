/**
 * The School–Enterprise Curriculum Committee, as its members live it: a
 * decision is refused until enterprises are 40% of those voting, each
 * organisation votes only for its own members, and a decided replacement
 * becomes the course's next version, with its history kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { admin, anonymous, codeOf, fieldOf, hillview, metro, openCollege, riverside, staff, tianyi, type College } from './harness.ts';

const kinds = await databaseKinds();
const zhongxin = staff('ENTERPRISE_STAFF', 'org-zhongxin');

const COMMITTEE = /* GraphQL */ `
  query($id: ID!) {
    curriculumCommittee(id: $id) {
      id name enterpriseQuorum enterpriseShare college { id } agreement { id }
      members(first: 20) { totalCount nodes { id name organizationId kind } }
      proposals { totalCount nodes { id kind status effectiveTerm course { code } tally { voting enterpriseVoting enterpriseShare quorate outcome } decision { outcome } } }
    }
  }
`;
const VOTE = 'mutation($p: ID!, $m: ID!, $c: VoteChoice!) { castCommitteeVote(input: { proposalId: $p, memberId: $m, choice: $c }) { choice member { name kind } } }';
const DECIDE = /* GraphQL */ `
  mutation($p: ID!) {
    decideCommitteeProposal(proposalId: $p) {
      decidedOn outcome tally { voting enterpriseVoting enterpriseShare quorum quorate }
      versionCreated { version title credits hours effectiveFrom effectiveTo }
      touchedCreditRules { id } touchedMappings { kind itemId standardCode unitCode hours effectiveFrom }
      proposal { status }
    }
  }
`;
const HISTORY = '{ colleges { nodes { programs { nodes { courses { nodes { code title versions { totalCount nodes { version title effectiveFrom effectiveTo decision { decidedOn outcome proposal { kind } } } } } } } } } } }';

interface Member { id: string; name: string; organizationId: string; kind: string }
type Committee = { members: { nodes: Member[] }; proposals: { nodes: { id: string; status: string; tally: Record<string, unknown> }[] } } & Record<string, unknown>;

describe.each(kinds)('the curriculum committee (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const committee = async () => (await college.run<{ curriculumCommittee: Committee }>(anonymous, COMMITTEE, { id: 'cmt-net' })).data!.curriculumCommittee;
  /** The organisation's last member: in the demo, one who has not voted on the open proposal. */
  const memberOf = async (organizationId: string) => (await committee()).members.nodes.filter((m) => m.organizationId === organizationId).at(-1)!;
  const versions = async (code: string) => {
    const res = await college.run<{ colleges: { nodes: { programs: { nodes: { courses: { nodes: { code: string; title: string; versions: { nodes: Record<string, unknown>[] } }[] } }[] } }[] } }>(anonymous, HISTORY);
    return res.data!.colleges.nodes.flatMap((c) => c.programs.nodes).flatMap((p) => p.courses.nodes).find((c) => c.code === code)!;
  };

  it('is public: its members (40% from enterprises), proposals and tallies', async () => {
    const c = await committee();
    expect(c).toMatchObject({ id: 'cmt-net', enterpriseQuorum: 0.4, enterpriseShare: 0.4, college: { id: 'col-metro' }, agreement: { id: 'agr-net' } });
    expect(c.members.nodes.map((m) => m.kind)).toEqual(['COLLEGE', 'COLLEGE', 'COLLEGE', 'SCHOOL', 'SCHOOL', 'SCHOOL', 'ENTERPRISE', 'ENTERPRISE', 'ENTERPRISE', 'ENTERPRISE']);
    expect(c.proposals.nodes.map((p) => [p.status, p.tally])).toEqual([
      ['ADOPTED', { voting: 9, enterpriseVoting: 4, enterpriseShare: 4 / 9, quorate: true, outcome: 'ADOPTED' }],
      ['OPEN', { voting: 4, enterpriseVoting: 1, enterpriseShare: 0.25, quorate: false, outcome: null }],
    ]);
  });

  it('the 2024 replacement of 4G Network Optimization by 5G Network Architecture shows in the course’s history', async () => {
    const course = await versions('NET-H240');
    expect(course.title).toBe('5G Network Architecture');
    expect(course.versions.nodes).toEqual([
      { version: 1, title: '4G Network Optimization', effectiveFrom: null, effectiveTo: '2025-08-31', decision: null },
      { version: 2, title: '5G Network Architecture', effectiveFrom: '2025-09-01', effectiveTo: null, decision: { decidedOn: '2024-12-20', outcome: 'ADOPTED', proposal: { kind: 'REPLACE' } } },
    ]);
    const decided = await college.run<{ curriculumCommittee: { proposals: { nodes: { decision: { touchedMappings: { kind: string; hours: number; effectiveFrom: string }[]; touchedCreditRules: unknown[] } | null }[] } } }>(
      anonymous, '{ curriculumCommittee(id: "cmt-net") { proposals(status: ADOPTED) { nodes { decision { touchedCreditRules { id } touchedMappings { kind hours effectiveFrom } } } } } }',
    );
    // The 4G course's mapping, in force when the change began, is what the college had to map again.
    expect(decided.data!.curriculumCommittee.proposals.nodes[0].decision).toEqual({ touchedCreditRules: [], touchedMappings: [{ kind: 'COMPETENCY', hours: 40, effectiveFrom: '2021-09-01' }] });
  });

  it('refuses a decision below the enterprise quorum, writing nothing', async () => {
    const before = await Promise.all(['committee_decision', 'college_course_version'].map((t) => college.count(t)));
    const res = await college.run(metro, DECIDE, { p: '2' });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toBe('committee cmt-net may not decide proposal 2 yet: enterprise members are 1 of the 4 members voting (25%); enterprise members must be at least 40% of those voting before the committee may decide');
    expect(await Promise.all(['committee_decision', 'college_course_version'].map((t) => college.count(t)))).toEqual(before);
    expect((await committee()).proposals.nodes[1].status).toBe('OPEN');
  });

  it('each organisation votes only for its own members: not another organisation, not an administrator', async () => {
    const tianyiMember = await memberOf('org-tianyi');
    for (const actor of [zhongxin, admin, metro]) {
      const res = await college.run(actor, VOTE, { p: '2', m: tianyiMember.id, c: 'FOR' });
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    expect(codeOf(await college.run(anonymous, VOTE, { p: '2', m: tianyiMember.id, c: 'FOR' }))).toBe('UNAUTHENTICATED');
    const stranger = await college.run(tianyi, VOTE, { p: '2', m: '999', c: 'FOR' });
    expect([codeOf(stranger), fieldOf(stranger)]).toEqual(['BAD_USER_INPUT', 'memberId']);
  });

  it('accepts at the quorum: once a second enterprise member votes (2 of 5, 40%) the decision is recorded and the new version created', async () => {
    const add = await college.run(metro, 'mutation { addCreditRule(input: { agreementId: "agr-net", kind: CERTIFICATE, standardCode: "X-NE-2", exemptCourseCodes: ["NET-H220"], credits: 3, effectiveFrom: "2026-09-01", description: "Network Engineer exempts Cloud and Data Centre Networks" }) { id } }');
    expect(add.errors).toBeUndefined();
    const tianyiMember = await memberOf('org-tianyi');
    const voted = await college.run(tianyi, VOTE, { p: '2', m: tianyiMember.id, c: 'FOR' });
    expect(voted.data).toEqual({ castCommitteeVote: { choice: 'FOR', member: { name: tianyiMember.name, kind: 'ENTERPRISE' } } });
    const res = await college.run<{ decideCommitteeProposal: Record<string, unknown> }>(metro, DECIDE, { p: '2' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.decideCommitteeProposal).toMatchObject({
      decidedOn: '2026-11-23', outcome: 'ADOPTED', tally: { voting: 5, enterpriseVoting: 2, enterpriseShare: 0.4, quorum: 0.4, quorate: true },
      versionCreated: { version: 2, title: 'Cloud, Data Centre and SD-WAN Networks', credits: 3, hours: 48, effectiveFrom: '2027-09-01', effectiveTo: null },
      touchedCreditRules: [{ id: (add.data as { addCreditRule: { id: string } }).addCreditRule.id }],
      proposal: { status: 'ADOPTED' },
    });
    // The course's one mapping row in force on 2027-09-01 (server administration, 16 hours) is to be mapped again.
    expect(res.data!.decideCommitteeProposal.touchedMappings).toEqual([{ kind: 'COMPETENCY', itemId: expect.any(String), standardCode: null, unitCode: null, hours: 16, effectiveFrom: '2025-09-01' }]);
    // Until the change's first day the course is still taught as it was.
    const course = await versions('NET-H220');
    expect(course.title).toBe('Cloud and Data Centre Networks');
    expect(course.versions.nodes.map((v) => [v.version, v.title, v.effectiveFrom, v.effectiveTo])).toEqual([
      [1, 'Cloud and Data Centre Networks', null, '2027-08-31'], [2, 'Cloud, Data Centre and SD-WAN Networks', '2027-09-01', null],
    ]);
  });

  it('a decided proposal takes no more votes and no second decision; the recorded decision cannot be changed', async () => {
    const member = await memberOf('org-zhongxin');
    expect(codeOf(await college.run(zhongxin, VOTE, { p: '2', m: member.id, c: 'AGAINST' }))).toBe('CONFLICT');
    expect(codeOf(await college.run(metro, DECIDE, { p: '2' }))).toBe('CONFLICT');
    await expect(college.db.dataSource.query("UPDATE committee_decision SET outcome = 'REJECTED' WHERE proposal_id = 2")).rejects.toThrow(/committee decisions cannot be changed/);
  });

  it('proposals come from member organisations, for courses of the programme, from a term not yet begun', async () => {
    const propose = (actor: Parameters<College['run']>[0], input: Record<string, unknown>) =>
      college.run(actor, 'mutation($input: ProposeCourseChangeInput!) { proposeCourseChange(input: $input) { id kind status proposedByOrganizationId course { code } } }', { input });
    const retire = { committeeId: 'cmt-net', kind: 'RETIRE', courseCode: 'NET-H230', effectiveTerm: '2027-2028-2', rationale: 'Project work moves into enterprise placements' };
    const made = await propose(riverside, retire);
    expect(made.data).toEqual({ proposeCourseChange: { id: '3', kind: 'RETIRE', status: 'OPEN', proposedByOrganizationId: 'sch-riverside', course: { code: 'NET-H230' } } });
    expect(codeOf(await propose(hillview, retire))).toBe('FORBIDDEN');
    expect(codeOf(await propose(admin, retire))).toBe('FORBIDDEN');
    for (const [input, field] of [
      [{ ...retire, effectiveTerm: '2026-2027-1' }, 'effectiveTerm'],
      [{ ...retire, courseCode: 'EC-H201' }, 'courseCode'],
      [{ ...retire, newTitle: 'x' }, 'kind'],
      [{ ...retire, kind: 'REPLACE' }, 'newTitle'],
      [{ ...retire, kind: 'REVISE' }, 'kind'],
      [{ ...retire, kind: 'REVISE', newCredits: 40 }, 'newCredits'],
      [{ ...retire, kind: 'REVISE', newHours: 0 }, 'newHours'],
    ] as const) {
      const res = await propose(riverside, input);
      expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('a committee may set its own quorum: at 50%, one enterprise vote of two decides, one of three does not', async () => {
    const created = await college.run(metro, 'mutation { createCurriculumCommittee(input: { id: "cmt-ec", agreementId: "agr-ec", name: "E-commerce committee", enterpriseQuorum: 0.5 }) { id enterpriseQuorum college { id } } }');
    expect(created.data).toEqual({ createCurriculumCommittee: { id: 'cmt-ec', enterpriseQuorum: 0.5, college: { id: 'col-metro' } } });
    const add = async (organizationId: string) => {
      const res = await college.run<{ addCommitteeMember: { id: string; kind: string } }>(metro, 'mutation($o: ID!) { addCommitteeMember(input: { committeeId: "cmt-ec", name: "委员", organizationId: $o, role: "member" }) { id kind } }', { o: organizationId });
      return res.data!.addCommitteeMember;
    };
    const [xinshang, col, school] = [await add('org-xinshang'), await add('col-metro'), await add('sch-hillview')];
    expect([xinshang.kind, col.kind, school.kind]).toEqual(['ENTERPRISE', 'COLLEGE', 'SCHOOL']);
    const unknown = await college.run(metro, 'mutation { addCommitteeMember(input: { committeeId: "cmt-ec", name: "x", organizationId: "org-nowhere", role: "r" }) { id } }');
    expect([codeOf(unknown), fieldOf(unknown)]).toEqual(['BAD_USER_INPUT', 'organizationId']);
    const proposal = await college.run<{ proposeCourseChange: { id: string } }>(metro, 'mutation { proposeCourseChange(input: { committeeId: "cmt-ec", kind: REVISE, courseCode: "EC-H220", newHours: 64, effectiveTerm: "2027-2028-1", rationale: "More live-stream practice" }) { id } }');
    const id = proposal.data!.proposeCourseChange.id;
    await college.run(staff('ENTERPRISE_STAFF', 'org-xinshang'), VOTE, { p: id, m: xinshang.id, c: 'FOR' });
    await college.run(metro, VOTE, { p: id, m: col.id, c: 'AGAINST' });
    await college.run(hillview, VOTE, { p: id, m: school.id, c: 'FOR' });
    expect(codeOf(await college.run(metro, DECIDE, { p: id }))).toBe('CONFLICT');
    await college.run(hillview, VOTE, { p: id, m: school.id, c: 'ABSTAIN' });
    const decided = await college.run<{ decideCommitteeProposal: { outcome: string; tally: { voting: number } } }>(metro, DECIDE, { p: id });
    // One for, one against: quorate at 50%, and a tie rejects.
    expect(decided.data!.decideCommitteeProposal).toMatchObject({ outcome: 'REJECTED', tally: { voting: 2 }, versionCreated: null });
    expect(codeOf(await college.run(riverside, 'mutation { createCurriculumCommittee(input: { id: "cmt-x", agreementId: "agr-net", name: "x" }) { id } }'))).toBe('FORBIDDEN');
    const badQuorum = await college.run(metro, 'mutation { createCurriculumCommittee(input: { id: "cmt-y", agreementId: "agr-net", name: "x", enterpriseQuorum: 0 }) { id } }');
    expect([codeOf(badQuorum), fieldOf(badQuorum)]).toEqual(['BAD_USER_INPUT', 'enterpriseQuorum']);
  });

  it('two first votes for one member at once: one stands, neither fails with an internal error', async () => {
    const member = await memberOf('col-metro');
    const votes = await Promise.all(['FOR', 'AGAINST'].map((c) => college.run(metro, VOTE, { p: '3', m: member.id, c })));
    for (const vote of votes) expect(vote.errors === undefined || codeOf(vote) === 'CONFLICT').toBe(true);
    const [{ n }] = await college.db.dataSource.query('SELECT COUNT(*) AS n FROM committee_vote WHERE proposal_id = 3 AND member_id = ?', [Number(member.id)]);
    expect(Number(n)).toBe(1);
  });
});
