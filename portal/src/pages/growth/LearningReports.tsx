/**
 * The learner's learning reports, newest first: the score against the
 * cohort, the competencies gained, the gaps left, the suggestions and the
 * certificate's exam gate; each opens as its printable page.
 */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { LearnerLearningReportsQuery } from '../../generated/graphql.ts';
import { LEARNING_REPORTS } from '../growth-operations.ts';
import { Problem, percent } from '../../ui.tsx';
import { PrintableReport } from './PrintableReport.tsx';

type Report = NonNullable<NonNullable<LearnerLearningReportsQuery['student']>['learningReports']>['nodes'][number];

const figure = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));

function Cohort({ report }: { report: Report }) {
  const c = report.cohort;
  return <p>Cohort {c.cohort}: {c.learners} learners assessed, mean {figure(c.mean)}, median {figure(c.median)}; this score is at the {figure(c.percentile, 0)}th percentile.</p>;
}

function ReportBody({ report }: { report: Report }) {
  return (
    <>
      <Cohort report={report} />
      <h4>Competencies gained</h4>
      {!report.competenciesGained.length ? <p>None: no competency of the framework rose.</p> : (
        <ul className="gained">{report.competenciesGained.map((g) => <li key={g.item.id}>{g.item.code}: {percent(g.before)} → {percent(g.after)}</li>)}</ul>
      )}
      <h4>Gaps that remain{report.jobPosition ? ` for ${report.jobPosition.title}` : ''}</h4>
      {!report.remainingGaps.length ? <p>None.</p> : (
        <ul className="gaps">{report.remainingGaps.map((g) => <li key={g.item.id}>{g.item.code} at {percent(g.level)}{g.essential ? ' (essential)' : ''}</li>)}</ul>
      )}
      <h4>Suggestions</h4>
      {!report.suggestions.length ? <p>None: no module closed a gap then.</p> : (
        <ol className="suggestions">{report.suggestions.map((s) => <li key={`${s.kind}-${s.module.code}-${s.text}`}>{s.text}</li>)}</ol>
      )}
      <p className="exam-gate"><strong>Exam gate:</strong> {report.examGate.text}</p>
    </>
  );
}

export function LearningReports({ id }: { id: string }) {
  const { data, error } = useQuery(LEARNING_REPORTS, { variables: { id }, errorPolicy: 'all' });
  const [open, setOpen] = useState<string>();
  const reports = data?.student?.learningReports;
  return (
    <section aria-labelledby="reports-h">
      <h2 id="reports-h">Learning reports</h2>
      <Problem error={error} />
      {data && !reports && <p>Not readable with this sign-in.</p>}
      {reports && !reports.nodes.length && <p>No reports yet: one is written after each module assessment.</p>}
      {reports && reports.nodes.length > 0 && <p>{reports.totalCount} reports, the latest first.</p>}
      {reports?.nodes.map((report) => (
        <article key={report.id} className="report" aria-labelledby={`report-${report.id}`}>
          <h3 id={`report-${report.id}`}>{report.module.code} {report.module.title}, assessed {report.asOf}: {figure(report.score, 0)} ({report.passed ? 'passed' : 'not passed'})</h3>
          <ReportBody report={report} />
          <button type="button" aria-expanded={open === report.id} aria-controls={`printable-${report.id}`} onClick={() => setOpen(open === report.id ? undefined : report.id)}>
            {open === report.id ? 'Close the printable report' : 'Printable report'}
          </button>
          <div id={`printable-${report.id}`}>
            {open === report.id && <PrintableReport learnerId={id} reportId={report.id} title={`${report.module.code} assessed ${report.asOf}`} />}
          </div>
        </article>
      ))}
    </section>
  );
}
