/**
 * `npm run audit:verify`: checks the audit store's hash chain and prints the
 * first broken link (exit code 1), or the number of entries and the head hash
 * (exit code 0). Keep the head hash somewhere else too: a chain cut short at
 * its newest end is whole again, and only a remembered head shows the cut.
 */
import { loadConfig } from '@guantong/shared/config';
import { openAuditDatabase } from '@guantong/shared/subgraph';
import { verifyChain } from '@guantong/shared/audit-verify';

const config = loadConfig();
// Read-only: whoever runs the check may hold more than the hub's INSERT and SELECT.
const store = await openAuditDatabase(config, { asOwner: true });
try {
  const report = await verifyChain(store.dataSource);
  if (report.broken) {
    console.error(`[audit:verify] chain broken at entry ${report.broken.id} (${report.broken.problem}): ${report.broken.detail}; ${report.checked - 1} entries before it are intact`);
    process.exitCode = 1;
  } else {
    console.log(`[audit:verify] chain intact: ${report.checked} entries, head ${report.head}`);
  }
} finally {
  await store.dataSource.destroy();
}
