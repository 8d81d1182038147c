// Loads the speed-dating scheduler or another part of libs/domain for the command-line tools:
// esbuild bundles libs/domain/src/lib/speed-dating/index.ts in memory and it is imported as a
// module; HiGHS loads from node_modules. No build step needed on a fresh clone.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

export async function loadScheduler() {
  return loadDomainModule('libs/domain/src/lib/speed-dating/index.ts');
}

/** Bundles one entry file of libs/domain (path from the repository root) and imports it. */
export async function loadDomainModule(entry) {
  const output = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  const code = output.outputFiles[0].text;
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}

export async function loadHighs() {
  return require('highs')();
}
