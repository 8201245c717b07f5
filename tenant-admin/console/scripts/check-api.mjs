// Fails the build when the committed API client (src/api/schema.d.ts) was not generated from the committed OpenAPI
// document (openapi/api-docs.json). The server's OpenApiDocumentIT fails when that document is not the server's.
// Both are renewed by `npm run api` after copying the server's document (see CONTRIBUTING.md, "The web console").
import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const document = JSON.parse(readFileSync('openapi/api-docs.json', 'utf8'));
const fresh = astToString(await openapiTS(document));
const committed = readFileSync('src/api/schema.d.ts', 'utf8');
const normalise = (s) => s.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
if (normalise(fresh) !== normalise(committed)) {
  console.error('src/api/schema.d.ts is stale: run `npm run api` in tenant-admin/console and commit the result.');
  process.exit(1);
}
console.log('console: the API client matches openapi/api-docs.json');
