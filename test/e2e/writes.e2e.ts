import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { mod11_2 } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';
import { FIVE_YEAR_RECORD } from '../helpers/operations.ts';

const kinds = await databaseKinds();

function nationalId(body17: string): string {
  return body17 + mod11_2(body17);
}

const ENROL = 'mutation($input: EnrollSecondaryStudentInput!) { enrollSecondaryStudent(input: $input) { student { id } enrolledOn } }';
const REGISTER = 'mutation($input: RegisterPathwayInput!) { registerPathway(input: $input) { stage cohort agreement { id } } }';
const SEC_RESULT = 'mutation($input: RecordResultInput!) { recordSecondaryResult(input: $input) { score passed course { code } } }';
const AWARD = 'mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial status standard { code } } }';
const RECOGNISE = 'mutation($input: ProposeRecognitionInput!) { proposeRecognition(input: $input) { id status } }';

describe.each(kinds)('a learner’s record written by three institutions (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterAll(() => hub?.stop());

  it('enrols, registers, records a result and awards a certificate, each by its owner, and reads it back as one record', async () => {
    const school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    const evaluator = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });

    const enrolled = await hub.query<{ enrollSecondaryStudent: { student: { id: string } } }>(ENROL, { input: { name: '欧阳𠮷', nationalId: nationalId('62010220100315123'), schoolId: 'sch-riverside', programCode: 'SEC-NET', cohort: 2026, enrolledOn: '2026-09-01' } }, school);
    expect(enrolled.errors).toBeUndefined();
    const id = enrolled.data!.enrollSecondaryStudent.student.id;
    expect(id).toMatch(/^GT202600001[\dX]$/);

    const registered = await hub.query(REGISTER, { input: { studentId: id, agreementId: 'agr-net', cohort: '2026', birthDate: '2010-03-15', registeredOn: '2026-09-01' } }, college);
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ registerPathway: { stage: 'SECONDARY', cohort: '2026', agreement: { id: 'agr-net' } } });

    const result = await hub.query(SEC_RESULT, { input: { studentId: id, courseCode: 'NET-S101', term: '2026-2027-1', score: 59.5 } }, school);
    expect(result.data).toEqual({ recordSecondaryResult: { score: 59.5, passed: false, course: { code: 'NET-S101' } } });

    const award = await hub.query(AWARD, { input: { studentId: id, holderName: '欧阳𠮷', standardCode: 'X-NED-1', serial: 'NED1-2026-900001', issuedOn: '2026-11-01', score: 88 } }, evaluator);
    expect(award.errors).toBeUndefined();

    const record = await hub.query<{ student: { name: string; pathway: { stage: string }; secondaryStage: { results: { nodes: { score: number }[] } }; certificates: { nodes: { serial: string }[] } } }>(FIVE_YEAR_RECORD, { id }, college);
    expect(record.errors).toBeUndefined();
    expect(record.data!.student.name).toBe('欧阳𠮷');
    expect(record.data!.student.secondaryStage.results.nodes).toEqual([expect.objectContaining({ score: 59.5 })]);
    expect(record.data!.student.certificates.nodes.map((c) => c.serial)).toEqual(['NED1-2026-900001']);
  });

  it('passes each owner’s refusal through the gateway with its code, and writes nothing', async () => {
    const school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const evaluator = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    const admin = await hub.token({ role: 'ADMIN' });
    const cases: [string, Record<string, unknown>, string, string][] = [
      [SEC_RESULT, { studentId: 'GT202200001X', courseCode: 'NET-S101', term: '2026-2027-1', score: 101 }, school, 'BAD_USER_INPUT'],
      [SEC_RESULT, { studentId: 'GT202200001X', courseCode: 'NET-S101', term: '2026-27-1', score: 80 }, school, 'BAD_USER_INPUT'],
      [SEC_RESULT, { studentId: 'GT202200001X', courseCode: 'NOPE-1', term: '2026-2027-1', score: 80 }, school, 'BAD_USER_INPUT'],
      [ENROL, { name: '张三', nationalId: '620102201003151230', schoolId: 'sch-riverside', programCode: 'SEC-NET', cohort: 2026, enrolledOn: '2026-09-01' }, school, 'BAD_USER_INPUT'],
      [AWARD, { studentId: 'GT202200001X', holderName: '李一诺', standardCode: 'X-NED-1', serial: 'NED1-2024-000073', issuedOn: '2026-11-01', score: 90 }, evaluator, 'CONFLICT'],
      [RECOGNISE, { fromCode: 'X-NED-1', toCode: 'X-NED-1', direction: 'ONE_WAY', effectiveFrom: '2026-01-01', basis: 'self' }, evaluator, 'BAD_USER_INPUT'],
      [RECOGNISE, { fromCode: 'X-NE-2', toCode: 'X-NED-1', direction: 'ONE_WAY', effectiveFrom: '2026-01-01', effectiveTo: '2025-01-01', basis: 'dates out of order' }, evaluator, 'BAD_USER_INPUT'],
      [RECOGNISE, { fromCode: 'X-NED-1', toCode: 'X-NE-2', direction: 'ONE_WAY', effectiveFrom: '2026-01-01', basis: 'entry counted as intermediate' }, evaluator, 'BAD_USER_INPUT'],
      [RECOGNISE, { fromCode: 'X-NE-2', toCode: 'E-TY-NT', direction: 'ONE_WAY', effectiveFrom: '2026-01-01', basis: 'an administrator speaking for Zhongxin' }, admin, 'FORBIDDEN'],
    ];
    const before = await hub.query(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, admin);
    for (const [mutation, input, token, code] of cases) {
      const res = await hub.query(mutation, { input }, token);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(input)).toBe(code);
      expect(res.errors?.[0].message.length).toBeGreaterThan(10);
    }
    const after = await hub.query(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, admin);
    expect(after.data).toEqual(before.data);
    const recognitions = await hub.query<{ certificateStandard: { recognitions: unknown[] } }>('{ certificateStandard(code: "X-NED-1") { recognitions { mutual } } }');
    expect(recognitions.data!.certificateStandard.recognitions).toHaveLength(1);
  });
});
