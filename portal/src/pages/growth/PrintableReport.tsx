/**
 * A learning report's printable page, as the hub renders it (HTML with its
 * chart drawn as SVG on the server), in a sandboxed frame: no script, no
 * same-origin access, so nothing in the page can reach the portal or its token.
 */
import { useQuery } from '@apollo/client/react';
import { PRINTABLE_REPORTS } from '../growth-operations.ts';
import { Loading, Problem } from '../../ui.tsx';

export function PrintableReport({ learnerId, reportId, title }: { learnerId: string; reportId: string; title: string }) {
  // Not cached: whole pages, read once, and kept apart from the report list's entries.
  const { data, loading, error } = useQuery(PRINTABLE_REPORTS, { variables: { id: learnerId }, fetchPolicy: 'no-cache' });
  const html = data?.student?.learningReports?.nodes.find((r) => r.id === reportId)?.printableHtml;
  if (loading) return <Loading what="the printable report" />;
  if (!html) return <Problem error={error ?? { message: 'This report\'s printable page is not among the learner\'s latest reports.' }} />;
  return <iframe className="printable" sandbox="" srcDoc={html} title={`Printable learning report: ${title}`} />;
}
