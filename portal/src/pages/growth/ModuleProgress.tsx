/** The learner's modules: enrolled, in progress, passed or failed, with their dates. */
import { useQuery } from '@apollo/client/react';
import { MODULE_PROGRESS } from '../growth-operations.ts';
import { Problem } from '../../ui.tsx';

const STATUS: Record<string, string> = { ENROLLED: 'Enrolled', IN_PROGRESS: 'In progress', PASSED: 'Passed', FAILED: 'Failed' };

export function ModuleProgress({ id }: { id: string }) {
  const { data, error } = useQuery(MODULE_PROGRESS, { variables: { id }, errorPolicy: 'all' });
  const progress = data?.student?.moduleProgress;
  return (
    <section aria-labelledby="progress-h">
      <h2 id="progress-h">Module progress</h2>
      <Problem error={error} />
      {data && !progress && <p>Not readable with this sign-in.</p>}
      {progress && !progress.nodes.length && <p>Not enrolled in any module yet.</p>}
      {progress && progress.nodes.length > 0 && (
        <table id="module-progress">
          <caption>Modules of {id}: {progress.totalCount}</caption>
          <thead><tr><th scope="col">Module</th><th scope="col">Status</th><th scope="col">Enrolled</th><th scope="col">Starts</th><th scope="col">Attempts</th><th scope="col">Best score</th><th scope="col">Last assessed</th><th scope="col">Passed on</th></tr></thead>
          <tbody>
            {progress.nodes.map((p) => (
              <tr key={p.module.code}>
                <th scope="row">{p.module.code} {p.module.title}</th><td>{STATUS[p.status] ?? p.status}</td><td>{p.enrolledOn}</td><td>{p.startsOn}</td>
                <td>{p.attempts}</td><td>{p.bestScore ?? '—'}</td><td>{p.lastAssessedOn ?? '—'}</td><td>{p.passedOn ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
