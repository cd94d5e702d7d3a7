/**
 * A learning report as one printable HTML page (pure): every value escaped,
 * the cohort's score bands drawn on the server as inline SVG (no script, no
 * external resource), so the page prints and archives as it is.
 */
import { bandOf } from './cohort.ts';
import type { CohortBody, ReportBody } from './content.ts';

export interface ReportHeading { studentId: string; moduleCode: string; asOf: string; generatedAt: string }

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (value: unknown): string => String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

const fmt = (n: number | null) => (n === null ? '–' : String(n));
const pct = (level: number) => `${Math.round(level * 100)}%`;

const W = 420;
const H = 180;
const BASE = 150;

/** The cohort's bands as bars; the learner's band is drawn darker and labelled. */
export function cohortSvg(cohort: CohortBody, score: number): string {
  const most = Math.max(1, ...cohort.bands.map((b) => b.learners));
  const slot = W / cohort.bands.length;
  const bars = cohort.bands.map((b, i) => {
    const h = Math.round((b.learners / most) * 120);
    const mine = i === bandOf(score);
    const x = Math.round(i * slot + 10);
    return [
      `<rect x="${x}" y="${BASE - h}" width="${Math.round(slot - 20)}" height="${h}" fill="${mine ? '#1f4e79' : '#9dc3e6'}"><title>${b.from}–${b.to}: ${b.learners}</title></rect>`,
      `<text x="${Math.round(x + (slot - 20) / 2)}" y="${BASE - h - 4}" text-anchor="middle" font-size="12">${b.learners}</text>`,
      `<text x="${Math.round(x + (slot - 20) / 2)}" y="${BASE + 16}" text-anchor="middle" font-size="12">${b.from}–${b.to}${mine ? ' ▲' : ''}</text>`,
    ].join('');
  });
  const label = `Best scores of ${cohort.learners} learners of cohort ${cohort.cohort} by band; the learner's band is marked`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(label)}">`
    + `<line x1="0" y1="${BASE}" x2="${W}" y2="${BASE}" stroke="#333"/>${bars.join('')}</svg>`;
}

const rows = (cells: string[][]) => cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');

function sections(body: ReportBody): string[] {
  const c = body.cohort;
  return [
    `<h2>Score against the cohort</h2><p>Score <strong>${escapeHtml(body.score)}</strong> (${body.passed ? 'passed' : 'not passed'}); cohort ${escapeHtml(c.cohort)} of ${escapeHtml(c.schoolId)}: ${c.learners} learners, mean ${fmt(c.mean)}, median ${fmt(c.median)}, range ${fmt(c.min)}–${fmt(c.max)}, percentile ${fmt(c.percentile)}.</p>${cohortSvg(c, body.score)}`,
    `<h2>Competencies gained</h2>${body.competenciesGained.length === 0 ? '<p>The module teaches no item of the learner\'s framework.</p>'
      : `<table><thead><tr><th>Competency</th><th>Before</th><th>After</th></tr></thead><tbody>${rows(body.competenciesGained.map((g) => [escapeHtml(g.code), pct(g.before), pct(g.after)]))}</tbody></table>`}`,
    `<h2>Remaining gaps${body.jobPosition ? ` for ${escapeHtml(body.jobPosition.title)}` : ''}</h2>${!body.jobPosition ? '<p>No target job is set.</p>' : body.remainingGaps.length === 0 ? '<p>Every competency the job requires is met.</p>'
      : `<table><thead><tr><th>Competency</th><th>Level</th><th>Essential</th></tr></thead><tbody>${rows(body.remainingGaps.map((g) => [escapeHtml(g.code), pct(g.level), g.essential ? 'yes' : 'no']))}</tbody></table>`}`,
    `<h2>Suggestions</h2>${body.suggestions.length === 0 ? '<p>No suggestion.</p>' : `<ol>${body.suggestions.map((s) => `<li>${escapeHtml(s.text)}</li>`).join('')}</ol>`}`,
    `<h2>Certificate exam gate</h2><p>${escapeHtml(body.examGate.text)}</p>`,
  ];
}

/** The whole page. */
export function renderReport(heading: ReportHeading, body: ReportBody): string {
  const title = `Learning report: ${heading.moduleCode} ${body.moduleTitle}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}@media print{body{margin:1cm}}</style>',
    '</head><body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>Learner ${escapeHtml(heading.studentId)} · assessed on ${escapeHtml(heading.asOf)} · generated ${escapeHtml(heading.generatedAt)}</p>`,
    ...sections(body),
    '</body></html>',
  ].join('\n');
}
