// Runs the official GraphQL-over-HTTP audit suite (graphql-http's auditServer) against a live endpoint.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Prints one line per audit and a summary per requirement level; exits 1 when any MUST or SHOULD fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const levels = ['MUST', 'SHOULD', 'MAY'];
const counts = Object.fromEntries(levels.map((level) => [level, { passed: 0, failed: 0 }]));

for (const result of results.sort((a, b) => a.name.localeCompare(b.name))) {
  const level = levels.find((l) => result.name.startsWith(`${l} `));
  const passed = result.status === 'ok';
  counts[level][passed ? 'passed' : 'failed'] += 1;
  const reason = passed ? '' : ` -- ${result.reason}`;
  console.log(`${passed ? 'ok  ' : 'FAIL'} ${result.id} ${result.name}${reason}`);
}

for (const level of levels) {
  const { passed, failed } = counts[level];
  console.log(`${level}: ${passed} passed, ${failed} failed`);
}

process.exit(counts.MUST.failed + counts.SHOULD.failed > 0 ? 1 : 0);
