// Runs the README's GraphQL Code Generator recipe exactly as written (the codegen.yml block between
// <!-- codegen:start --> and <!-- codegen:end -->) against the committed schema, in a temporary folder
// (tests/clients/.codegen-run-*, removed at the end),
// and checks that every custom scalar of the schema is mapped to the documented TypeScript type, never unknown.
// Usage: node codegen-readme.mjs ../../README.md ../../schema/schema.graphql
// Prints "codegen: ok, DateTime=string, …" and exits 0, or prints what failed and exits 1.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildSchema, GraphQLScalarType, specifiedScalarTypes } from 'graphql';

const [readmePath, schemaPath] = process.argv.slice(2);
if (!readmePath || !schemaPath) {
  console.error('usage: node codegen-readme.mjs <README.md> <schema.graphql>');
  process.exit(2);
}

const fail = (message) => {
  console.error(message);
  process.exitCode = 1;
};

const readme = await readFile(readmePath, 'utf8');
const section = /<!-- codegen:start -->([\s\S]*?)<!-- codegen:end -->/.exec(readme)?.[1];
const config = section && /```ya?ml\n([\s\S]*?)```/.exec(section)?.[1];
if (!config) {
  console.error('README.md has no ```yaml block between <!-- codegen:start --> and <!-- codegen:end -->');
  process.exit(1);
}

// The README documents what each scalar becomes; the test reads the same table.
const documented = Object.fromEntries(
  [...section.matchAll(/^\| `(\w+)` \| `(\w+)` \|/gm)].map((match) => [match[1], match[2]]),
);

const sdl = await readFile(schemaPath, 'utf8');
const builtIn = new Set(specifiedScalarTypes.map((scalar) => scalar.name));
const customScalars = Object.values(buildSchema(sdl).getTypeMap())
  .filter((type) => type instanceof GraphQLScalarType && !builtIn.has(type.name))
  .map((type) => type.name)
  .sort();

// Inside tests/clients, so that the CLI finds its plugins in tests/clients/node_modules; removed at the end.
const here = path.dirname(fileURLToPath(import.meta.url));
const work = await mkdtemp(path.join(here, '.codegen-run-'));
try {
  // The recipe reads schema/schema.graphql and writes where it says, relative to the folder it runs in.
  await mkdir(path.join(work, 'schema'));
  await copyFile(schemaPath, path.join(work, 'schema', 'schema.graphql'));
  await writeFile(path.join(work, 'codegen.yml'), config);
  const cli = path.join(here, 'node_modules', '.bin', 'graphql-codegen');
  await promisify(execFile)(cli, ['--config', 'codegen.yml'], { cwd: work });

  const outputs = (await readdir(work, { recursive: true })).filter((file) => file.endsWith('.ts'));
  if (outputs.length !== 1) throw new Error(`expected one generated .ts file, found: ${outputs.join(', ') || 'none'}`);
  const generated = await readFile(path.join(work, outputs[0]), 'utf8');
  const scalarsBlock = /export type Scalars = \{([\s\S]*?)\n\};/.exec(generated)?.[1] ?? '';

  const seen = [];
  for (const name of customScalars) {
    const mapped = new RegExp(`^\\s*${name}: \\{ input: ([^;]+); output: ([^;]+); \\}`, 'm').exec(scalarsBlock);
    if (!mapped) {
      fail(`${name} is not in the generated Scalars type`);
    } else if (mapped[1] !== mapped[2] || mapped[1] === 'unknown' || mapped[1] === 'any') {
      fail(`${name} is generated as input ${mapped[1]}, output ${mapped[2]}`);
    } else if (documented[name] !== mapped[1]) {
      fail(`${name} is generated as ${mapped[1]} but the README's table says ${documented[name] ?? 'nothing'}`);
    } else {
      seen.push(`${name}=${mapped[1]}`);
    }
  }

  if (!process.exitCode) {
    console.log(`codegen: ok, ${seen.join(', ')} (${outputs[0]}, ${generated.length} characters)`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
