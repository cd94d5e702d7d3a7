/** The modules that close the largest gaps towards the learner's target job, in order, each with its reason. */
import type { LearnerGrowthQuery } from '../../generated/graphql.ts';

type Recommendations = NonNullable<LearnerGrowthQuery['student']>['moduleRecommendations'];

const modules = (n: number) => (n === 1 ? '1 module closes' : `${n} modules close`);
const codes = (items: { code: string }[]) => items.map((i) => i.code).join(', ');

export function Recommendations({ recommendations, jobTitle }: { recommendations: Recommendations; jobTitle: string | null }) {
  return (
    <section aria-labelledby="recommendations-h">
      <h2 id="recommendations-h">Recommended modules</h2>
      {!recommendations ? <p>Not readable with this sign-in.</p> : !recommendations.nodes.length ? (
        <p>No module closes a gap{jobTitle ? ` towards ${jobTitle}` : ''}: every open module is passed, in progress or waits for a prerequisite.</p>
      ) : (
        <>
          <p>Towards {jobTitle ?? 'the whole competency framework (no target job set)'}: {modules(recommendations.totalCount)} a gap{recommendations.totalCount > recommendations.nodes.length ? `; the first ${recommendations.nodes.length}` : ''}, largest gap first.</p>
          <ol className="recommendations" id="recommendations">
            {recommendations.nodes.map((r) => (
              <li key={r.module.code} value={r.rank}>
                <h3>{r.module.code} {r.module.title}</h3>
                <p className="reason">{r.reason}</p>
                <p className="detail">Closes {r.gapClosed.toFixed(2)} of the gap{r.unlocks.length ? ` and opens ${codes(r.unlocks)}, which close ${r.gapUnlocked.toFixed(2)} more` : ''}; {r.module.credits} credits; teaches {codes(r.covers) || 'nothing in the framework'}{r.missingCovered.length ? `; missing essentials: ${codes(r.missingCovered)}` : ''}.</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
