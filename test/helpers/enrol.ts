/**
 * A school enrols a new learner through the gateway, with a valid GB 11643
 * national ID that encodes the given birth date; returns the learner id.
 */
import { mod11_2 } from '@guantong/shared/validation';
import type { Hub } from './hub.ts';

let sequence = 100;

/** A valid national ID for someone born on `birthDate` (ISO), in Lanzhou's Chengguan district. */
export function nationalIdBornOn(birthDate: string): string {
  const body = `620102${birthDate.replaceAll('-', '')}${String((sequence += 1) % 1000).padStart(3, '0')}`;
  return body + mod11_2(body);
}

export interface Enrolment {
  name: string;
  birthDate: string;
  schoolId?: string;
  programCode?: string;
  cohort?: number;
  enrolledOn?: string;
}

export async function enrolLearner(hub: Hub, e: Enrolment): Promise<string> {
  const schoolId = e.schoolId ?? 'sch-riverside';
  const school = await hub.token({ role: 'SECONDARY_STAFF', org: schoolId });
  const input = {
    name: e.name, nationalId: nationalIdBornOn(e.birthDate), schoolId, programCode: e.programCode ?? 'SEC-NET',
    cohort: e.cohort ?? 2026, enrolledOn: e.enrolledOn ?? '2026-09-01',
  };
  const res = await hub.query<{ enrollSecondaryStudent: { student: { id: string } } }>(
    'mutation($input: EnrollSecondaryStudentInput!) { enrollSecondaryStudent(input: $input) { student { id } } }', { input }, school,
  );
  if (res.errors) throw new Error(`enrolment failed: ${JSON.stringify(res.errors)}`);
  return res.data!.enrollSecondaryStudent.student.id;
}
