// Runs graphql-http's GraphQL-over-HTTP server audit against a running server and prints every
// result; exits 1 on any failure or warning (a SHOULD not met), so CI holds the server to all of it.
//
//   node audit.mjs http://127.0.0.1:8080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint URL>');
  process.exit(2);
}

const results = await auditServer({ url });
const counts = { ok: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status]++;
  const mark = { ok: 'ok   ', warn: 'WARN ', error: 'FAIL ' }[result.status];
  console.log(`${mark} ${result.id} ${result.name}`);
  if (result.status !== 'ok') {
    console.log(`      ${result.reason}`);
    if (result.response) {
      const body = await result.response.text().catch(() => '');
      console.log(`      ${result.response.status} ${result.response.headers.get('content-type')} ${body.slice(0, 300)}`);
    }
  }
}
console.log(`graphql-http audit of ${url}: ${counts.ok} ok, ${counts.warn} warnings, ${counts.error} failures`);
process.exit(counts.warn + counts.error === 0 ? 0 : 1);
