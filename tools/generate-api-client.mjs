// Generates libs/api-client/src/schema.ts from apps/api/openapi.json (openapi-typescript).
// `node tools/generate-api-client.mjs`          writes the file
// `node tools/generate-api-client.mjs --stdout` prints what it would write (the up-to-date test compares it)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, 'apps/api/openapi.json');
const target = resolve(root, 'libs/api-client/src/schema.ts');

const HEADER = `// GENERATED from apps/api/openapi.json by tools/generate-api-client.mjs — do not edit.
// Regenerate: npx nx run api-client:generate (after npx nx run api:openapi).

`;

export async function generate() {
  const document = JSON.parse(readFileSync(source, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

const text = await generate();
if (process.argv.includes('--stdout')) process.stdout.write(text);
else {
  writeFileSync(target, text);
  process.stdout.write(`API client types written to ${target}\n`);
}
