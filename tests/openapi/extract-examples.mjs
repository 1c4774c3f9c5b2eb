// Writes the GitHub OpenAPI description's own examples that the fake GitHub
// starts from to resources/github-examples/, so the tests need no node at run time.
//   node extract-examples.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
const names = ['workflow-run', 'workflow-run-paginated', 'job-paginated', 'check-run-paginated', 'combined-commit-status',
  'branch-with-protection', 'commit-comparison', 'actions-secret-paginated', 'branch-protection', 'repository-rule-items',
  'workflow-dispatch-response', 'full-repository-default-response', 'commit-items', 'workflow',
  'private-user-response-with-public-and-private-profile-information'];
for (const name of names) {
  const example = spec.components.examples[name];
  if (!example) throw new Error(`no example ${name}`);
  writeFileSync(new URL(`../../resources/github-examples/${name}.json`, import.meta.url), JSON.stringify(example.value, null, 1) + '\n');
}
console.log(`wrote ${names.length} examples`);
