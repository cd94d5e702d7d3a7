import { describe, expect, it } from 'vitest';
import { bandOf, distributionOf } from '../reports/cohort.ts';
import type { ReportBody } from '../reports/content.ts';
import { cohortSvg, escapeHtml, renderReport } from '../reports/render.ts';

const cohort = distributionOf(2024, 'sch-riverside', [45, 62, 71, 71, 88, 95, 59.5], 71);

const body = (over: Partial<ReportBody> = {}): ReportBody => ({
  score: 71, passed: true, moduleTitle: 'Routing <and> switching', cohort,
  competenciesGained: [{ itemId: 'i1', code: 'NT-S2', before: 0.25, after: 0.5 }],
  jobPosition: { id: 'jp-1', title: 'Network "security" engineer & co' },
  remainingGaps: [{ itemId: 'i2', code: 'NT-S5', level: 0, essential: true }],
  suggestions: [{ kind: 'MODULE', moduleCode: 'X-NE-2-M2', resourcePackageId: null, text: 'Take <script>alert(1)</script> next' }],
  examGate: { standardCode: 'X-NE-2', modulesPassed: 1, modulesTotal: 3, allModulesPassed: false, bestPreliminaryScore: null, threshold: 80, text: "1 of 3 modules passed; it's open" },
  ...over,
});

describe('the cohort distribution of a report', () => {
  it('counts each learner’s best score once per band, and places the score by (below + equal / 2) / learners', () => {
    expect(cohort.bands.map((b) => [b.from, b.to, b.learners])).toEqual([[0, 59, 2], [60, 69, 1], [70, 79, 2], [80, 89, 1], [90, 100, 1]]);
    expect(cohort).toMatchObject({ learners: 7, min: 45, max: 95, median: 71, mean: 70.21 });
    // Below 71: 45, 59.5, 62 (3); equal: 2 → (3 + 1) / 7.
    expect(cohort.percentile).toBe(57.14);
  });

  it('a fail just under the pass mark is in the lowest band, a top score in the highest', () => {
    expect([bandOf(59.5), bandOf(60), bandOf(89.9), bandOf(100), bandOf(0)]).toEqual([0, 1, 3, 4, 0]);
  });

  it('an empty cohort has no statistics and five empty bands', () => {
    const none = distributionOf(2025, 'sch-riverside', [], 80);
    expect(none).toMatchObject({ learners: 0, mean: null, median: null, min: null, max: null, percentile: null });
    expect(none.bands.map((b) => b.learners)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('the printable page of a learning report', () => {
  const page = renderReport({ studentId: 'GT202400001X', moduleCode: 'X-NE-2-M1', asOf: '2026-11-13', generatedAt: '2026-11-13T10:00:00.000Z' }, body());

  it('is one whole HTML document with the chart drawn inline as SVG', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page.match(/<svg /g)).toHaveLength(1);
    expect(page).not.toMatch(/<script|src=|href=/);
  });

  it('escapes every value taken from data', () => {
    expect(page).toContain('Take &lt;script&gt;alert(1)&lt;/script&gt; next');
    expect(page).toContain('Routing &lt;and&gt; switching');
    expect(page).toContain('Network &quot;security&quot; engineer &amp; co');
    expect(page).toContain('it&#39;s open');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('draws one bar per band, taller for more learners, and marks the learner’s band', () => {
    const svg = cohortSvg(cohort, 71);
    const heights = [...svg.matchAll(/<rect [^>]*height="(\d+)"/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([120, 60, 120, 60, 60]);
    expect([...svg.matchAll(/fill="(#[0-9a-f]+)"/g)].map((m) => m[1])).toEqual(['#9dc3e6', '#9dc3e6', '#1f4e79', '#9dc3e6', '#9dc3e6']);
    expect(svg).toContain('70–79 ▲');
  });

  it('says so when there is no target job, and shows the levels as percentages', () => {
    const without = renderReport({ studentId: 'GT202400001X', moduleCode: 'X-NE-2-M1', asOf: '2026-11-13', generatedAt: 'x' }, body({ jobPosition: null, remainingGaps: [] }));
    expect(without).toContain('No target job is set.');
    expect(page).toContain('<td>NT-S2</td><td>25%</td><td>50%</td>');
  });
});
