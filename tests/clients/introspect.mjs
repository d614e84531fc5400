// Loads the live API's schema the way GraphiQL and graphql-js tools do: graphql-js getIntrospectionQuery with
// every option on, then buildClientSchema. Compares the result with the committed SDL.
// Usage: node introspect.mjs http://127.0.0.1:5080/graphql ../../schema/schema.graphql
// Prints "introspection: ok, N types" and exits 0, or prints what failed and exits 1.
import { readFile } from 'node:fs/promises';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

const [url, sdlPath] = process.argv.slice(2);
if (!url || !sdlPath) {
  console.error('usage: node introspect.mjs <graphql endpoint url> <schema.graphql>');
  process.exit(2);
}

const options = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.error(`introspection refused: HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  process.exit(1);
}

// Throws (exit 1) when the answer is not a valid introspection result.
const served = lexicographicSortSchema(buildClientSchema(body.data));
const committed = lexicographicSortSchema(buildSchema(await readFile(sdlPath, 'utf8')));
const servedSdl = printSchema(served);
const committedSdl = printSchema(committed);
if (servedSdl !== committedSdl) {
  const a = servedSdl.split('\n');
  const b = committedSdl.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  console.error(`the served schema differs from ${sdlPath} at line ${line + 1}:`);
  console.error(`  served:    ${a[line]}`);
  console.error(`  committed: ${b[line]}`);
  process.exit(1);
}

if (!served.description) {
  console.error('the schema description did not come through introspection');
  process.exit(1);
}

const types = Object.keys(served.getTypeMap()).filter((name) => !name.startsWith('__'));
console.log(`introspection: ok, ${types.length} types, ${served.getDirectives().length} directives`);
