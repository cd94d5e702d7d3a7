/**
 * For testing one subgraph on its own: the other institutions' answers to the
 * registered lookups, read from the demo dataset (the same data their own
 * subgraphs are seeded with), plus any learners a story enrols. The end-to-end
 * suite asks the real institutions through the real gateway instead.
 */
import { careers, catalog, competencies, demoRoster, growth, mappings } from './demo.ts';
import { collectEvidence } from './growth/profile.ts';
import { sameName } from './names.ts';
import type { LookupName, LookupReply, PeerLookups } from './peer-lookups.ts';
import { birthDateOf } from './validation.ts';

export interface DirectoryLearner {
  id: string;
  name: string;
  programCode: string;
  birthDate: string;
}

export interface DirectoryPeers extends PeerLookups {
  /** A learner the story has a school enrol, beyond the demo roster. */
  enrol(learner: DirectoryLearner): void;
}

const demoLearners = (): DirectoryLearner[] =>
  demoRoster().students.map((s) => ({ id: s.id, name: s.name, programCode: s.secondary.programCode, birthDate: birthDateOf(s.nationalId) }));

type Vars = Record<string, unknown>;

function enrolment(learners: Map<string, DirectoryLearner>, v: Vars): unknown {
  const learner = learners.get(String(v.studentId));
  if (!learner) return { enrolled: false, nameMatches: null, inProgram: null, birthDate: null };
  const inProgram = v.programCode == null ? null : learner.programCode === v.programCode;
  return { enrolled: true, nameMatches: v.name == null ? null : sameName(learner.name, String(v.name)), inProgram, birthDate: inProgram ? learner.birthDate : null };
}

const ANSWERS: Partial<Record<LookupName, (learners: Map<string, DirectoryLearner>, v: Vars) => Record<string, unknown>>> = {
  enrolment: (learners, v) => ({ enrolmentCheck: enrolment(learners, v) }),
  organization: (_l, v) => ({
    secondarySchool: catalog.secondarySchools.some((s) => s.id === v.id) ? { id: v.id } : null,
    college: catalog.colleges.some((c) => c.id === v.id) ? { id: v.id } : null,
    certificationOrganization: catalog.organizations.some((o) => o.id === v.id) ? { id: v.id } : null,
  }),
  standard: (_l, v) => ({ certificateStandard: catalog.standards.some((s) => s.code === v.code) ? { code: v.code } : null }),
  secondaryProgram: (_l, v) => ({
    secondaryProgram: catalog.secondaryPrograms.some((p) => p.code === v.code)
      ? { code: v.code, courses: { nodes: catalog.secondaryCourses.filter((c) => c.programCode === v.code).map(({ code }) => ({ code })) } }
      : null,
  }),
  competencyItems: (_l, v) => ({
    competencyItems: {
      nodes: competencies.demoItems.filter((i) => (v.ids as string[]).includes(i.id)).map((i) => {
        const framework = competencies.demoFrameworks.find((f) => f.id === i.frameworkId)!;
        const agreement = catalog.agreements.find((a) => a.id === framework.agreementId)!;
        return { id: i.id, framework: { agreement: { id: agreement.id, secondaryProgram: { code: agreement.secondaryProgramCode }, collegeProgram: { code: agreement.collegeProgramCode } } } };
      }),
    },
  }),
  contentUnits: (_l, v) => ({
    certificateStandard: catalog.standards.some((s) => s.code === v.code)
      ? { code: v.code, contentUnits: { nodes: mappings.demoContentUnits.filter((u) => u.standardCode === v.code).map(({ code }) => ({ code })) } }
      : null,
  }),
  jobPosition: (_l, v) => ({ jobPosition: careers.demoJobPositions.some((j) => j.id === v.id) ? { id: v.id } : null }),
  learningReportInputs: (_l, v) => ({ student: reportInputs(String(v.studentId), String(v.on)) }),
};

/**
 * The college's and enterprise's side of a learning report from the demo
 * dataset: course and certificate evidence (the school brings its own module
 * assessments) and the target job. The profile's levels are not part of the
 * lookup's answer here: the school recomputes them from the evidence.
 */
function reportInputs(studentId: string, on: string): Record<string, unknown> | null {
  const facts = growth.demoGrowthFacts(studentId, on, [], []);
  if (!facts) return null;
  const evidence = collectEvidence(facts, on);
  const target = growth.demoTargetOf(studentId);
  return {
    competencyProfile: facts.items.length === 0 ? null : {
      items: { nodes: facts.items.map((item) => ({ item, evidence: evidence.filter((e) => e.itemId === item.id).map(({ itemId: _itemId, ...rest }) => rest) })) },
    },
    careerTarget: target && {
      jobPosition: { id: target.id, title: target.title, requirements: { nodes: target.requirements.map((r) => ({ kind: 'COMPETENCY', essential: r.essential, competency: { id: r.itemId } })) } },
    },
  };
}

export function directoryPeers(): DirectoryPeers {
  let learners: Map<string, DirectoryLearner> | undefined;
  const all = () => (learners ??= new Map(demoLearners().map((l) => [l.id, l])));
  return {
    enrol: (learner) => void all().set(learner.id, learner),
    async ask(name, variables): Promise<LookupReply> {
      const answer = ANSWERS[name];
      if (!answer) return { errors: [{ message: `${name} needs the real institutions: use the end-to-end hub`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
      return { data: answer(all(), variables) };
    },
  };
}
