/**
 * The learner's growth: the competency radar against the target job, the
 * modules recommended next with their reasons, the profile item by item with
 * its evidence, module progress, and the learning reports with their
 * printable pages.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import type { LearnerGrowthQuery } from '../generated/graphql.ts';
import type { PageProps } from '../App.tsx';
import { Field, Loading, PageTitle, Problem } from '../ui.tsx';
import { GROWTH_OVERVIEW } from './growth-operations.ts';
import { RadarChart } from './growth/RadarChart.tsx';
import { Recommendations } from './growth/Recommendations.tsx';
import { CompetencyProfile } from './growth/CompetencyProfile.tsx';
import { ModuleProgress } from './growth/ModuleProgress.tsx';
import { LearningReports } from './growth/LearningReports.tsx';

type Student = NonNullable<LearnerGrowthQuery['student']>;

function Radar({ radar }: { radar: Student['competencyRadar'] }) {
  return (
    <section aria-labelledby="radar-h">
      <h2 id="radar-h">Competency radar</h2>
      {!radar ? <p>No radar: the learner has no competency framework, or this sign-in may not read results.</p> : (
        <RadarChart axes={radar.axes} jobTitle={radar.jobPosition?.title ?? null} asOf={radar.asOf} />
      )}
    </section>
  );
}

export function Growth({ session }: PageProps) {
  const [draft, setDraft] = useState(session?.role.student ?? 'GT202200001X');
  const [id, setId] = useState(draft);
  const { data, loading, error } = useQuery(GROWTH_OVERVIEW, { variables: { id }, skip: !session, errorPolicy: 'all' });
  const student = data?.student;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setId(draft.trim());
  };
  return (
    <>
      <PageTitle>Learner's growth</PageTitle>
      {!session && <p>Sign in as a learner, their guardian, or their school or college to see their growth.</p>}
      <form onSubmit={submit} className="inline">
        <Field id="growth-learner-id" label="Learner id"><input id="growth-learner-id" value={draft} onChange={(e) => setDraft(e.target.value)} /></Field>
        <button type="submit">Show growth</button>
      </form>
      {loading && <Loading what="the learner's growth" />}
      <Problem error={error} />
      {data && !student && !error && <p role="alert">No learner {id} on the registry, or not one this sign-in may read.</p>}
      {student && (
        <article aria-label={`Growth of ${student.name}`}>
          <p className="lead">{student.name} ({student.id}){student.careerTarget ? `: target job ${student.careerTarget.jobPosition.title}.` : ': no target job set.'}</p>
          <Radar radar={student.competencyRadar} />
          <Recommendations recommendations={student.moduleRecommendations} jobTitle={student.competencyRadar?.jobPosition?.title ?? null} />
          <CompetencyProfile id={student.id} />
          <ModuleProgress id={student.id} />
          <LearningReports id={student.id} />
        </article>
      )}
    </>
  );
}
