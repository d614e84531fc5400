// Reads the API's DCAT catalogue with a JSON-LD processor (jsonld.js) and checks that nothing is lost:
// expansion in safe mode fails on any member the @context does not define, and the expanded dataset must keep
// its @id, and every distribution its accessURL, downloadURL and sha256.
// Usage: node catalog-jsonld.mjs http://127.0.0.1:5080/catalog.json
// Prints "catalog: ok, N distributions, M triples" and exits 0, or prints what failed and exits 1.
import jsonld from 'jsonld';

const url = process.argv[2];
if (!url) {
  console.error('usage: node catalog-jsonld.mjs <catalog.json url>');
  process.exit(2);
}

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const response = await fetch(url);
if (response.status !== 200) fail(`GET ${url}: HTTP ${response.status}`);
const catalog = await response.json();

// The context is inline: the processor must never fetch one.
const documentLoader = (address) => Promise.reject(new Error(`no remote document may be loaded: ${address}`));

let expanded;
try {
  // safe mode turns every dropped member or value into an error.
  expanded = await jsonld.expand(catalog, { base: url, safe: true, documentLoader });
} catch (error) {
  fail(`expansion lost data: ${error.message}${error.details ? ' ' + JSON.stringify(error.details) : ''}`);
}

// Independently of safe mode: every member name used anywhere must be a term of the context.
const terms = new Set(Object.keys(catalog['@context']));
const undefinedTerms = new Set();
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '@context') continue;
    if (!key.startsWith('@') && !terms.has(key)) undefinedTerms.add(key);
    visit(value);
  }
};
visit(catalog);
if (undefinedTerms.size > 0) fail(`members not defined in @context: ${[...undefinedTerms].join(', ')}`);

const DCAT = 'http://www.w3.org/ns/dcat#';
const dataset = expanded.find((node) => (node['@type'] ?? []).includes(`${DCAT}Dataset`));
if (!dataset) fail('no dcat:Dataset after expansion');
if (!dataset['@id'] || !URL.canParse(dataset['@id'])) fail(`the dataset has no absolute @id: ${dataset['@id']}`);

const distributions = dataset[`${DCAT}distribution`] ?? [];
if (distributions.length === 0) fail('no dcat:distribution after expansion');
for (const distribution of distributions) {
  for (const property of [`${DCAT}accessURL`, `${DCAT}downloadURL`, 'https://schema.org/sha256', 'http://spdx.org/rdf/terms#checksum']) {
    if (!distribution[property]?.length) fail(`a distribution lacks ${property}: ${JSON.stringify(distribution)}`);
  }
}

const nquads = await jsonld.toRDF(catalog, { base: url, format: 'application/n-quads', safe: true, documentLoader });
const triples = nquads.split('\n').filter((line) => line.trim().length > 0).length;
console.log(`catalog: ok, ${distributions.length} distributions, ${triples} triples, dataset ${dataset['@id']}`);
