/**
 * The competency radar as accessible SVG: the learner's attained level on each
 * axis (knowledge, skill, attitude) as a filled polygon, the target job's
 * requirement as a dashed one, and the same figures in a table for anyone who
 * does not read the picture.
 */
import { labelAnchor, polygonPoints, spokePoint, type RadarFrame } from './radar-geometry.ts';
import { percent } from '../../ui.tsx';

export interface RadarAxisFigures {
  kind: string;
  attained: number;
  required: number | null;
  items: number;
  requiredItems: number;
  metRequiredItems: number;
}

interface Props {
  axes: RadarAxisFigures[];
  jobTitle: string | null;
  asOf: string;
}

const FRAME: RadarFrame = { cx: 180, cy: 150, radius: 120, spokes: 3 };
const RINGS = [0.2, 0.4, 0.6, 0.8, 1];
const axisName = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase();

function summary(axes: RadarAxisFigures[], jobTitle: string | null): string {
  const parts = axes.map((a) => `${axisName(a.kind)} ${percent(a.attained, 0)}${a.required === null ? '' : ` of a required ${percent(a.required, 0)}`}`);
  return `${parts.join('; ')}.${jobTitle ? ` Requirement of ${jobTitle} drawn dashed.` : ' No target job: no requirement drawn.'}`;
}

function Grid({ frame, kinds }: { frame: RadarFrame; kinds: string[] }) {
  return (
    <g className="radar-grid" aria-hidden="true">
      {RINGS.map((ring) => <polygon key={ring} points={polygonPoints(frame, kinds.map(() => ring))} fill="none" stroke="#8a8a8a" strokeWidth={ring === 0.6 ? 1.5 : 0.75} />)}
      {kinds.map((kind, i) => {
        const label = labelAnchor(frame, i);
        const end = spokePoint(frame, i, 1);
        return (
          <g key={kind}>
            <line x1={frame.cx} y1={frame.cy} x2={end.x} y2={end.y} stroke="#8a8a8a" strokeWidth={0.75} />
            <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={14} fill="#1a1a1a">{axisName(kind)}</text>
          </g>
        );
      })}
    </g>
  );
}

export function RadarChart({ axes, jobTitle, asOf }: Props) {
  const frame = { ...FRAME, spokes: Math.max(axes.length, 1) };
  const required = axes.every((a) => a.required !== null) ? axes.map((a) => a.required ?? 0) : undefined;
  return (
    <figure className="radar">
      <svg viewBox="0 0 360 240" width="432" height="288" role="img" aria-labelledby="radar-title" aria-describedby="radar-desc">
        <title id="radar-title">{`Competency radar as of ${asOf}`}</title>
        <desc id="radar-desc">{summary(axes, jobTitle)}</desc>
        <Grid frame={frame} kinds={axes.map((a) => a.kind)} />
        <polygon className="radar-attained" points={polygonPoints(frame, axes.map((a) => a.attained))} fill="#0b3d91" fillOpacity={0.25} stroke="#0b3d91" strokeWidth={2.5} />
        {required && <polygon className="radar-required" points={polygonPoints(frame, required)} fill="none" stroke="#b45309" strokeWidth={2.5} strokeDasharray="6 4" />}
      </svg>
      <figcaption>
        <span className="swatch attained" aria-hidden="true" /> attained
        {required && <><span className="swatch required" aria-hidden="true" /> required by {jobTitle}</>}
        ; the thicker ring marks 60%, the level at which a competency counts as met.
      </figcaption>
      <table id="radar-table">
        <caption>Competency radar as of {asOf}, in figures</caption>
        <thead><tr><th scope="col">Axis</th><th scope="col">Attained</th><th scope="col">Required</th><th scope="col">Items</th><th scope="col">Required items met</th></tr></thead>
        <tbody>
          {axes.map((a) => (
            <tr key={a.kind}>
              <th scope="row">{axisName(a.kind)}</th><td>{percent(a.attained)}</td><td>{a.required === null ? '—' : percent(a.required)}</td>
              <td>{a.items}</td><td>{a.metRequiredItems} of {a.requiredItems}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
