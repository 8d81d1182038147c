// Bundles apps/api into dist/apps/api/main.js. esbuild resolves the workspace path aliases and
// bundles the libs; swc compiles TypeScript because NestJS needs emitted decorator metadata,
// which esbuild does not produce. npm packages stay external and load from node_modules.
import { build } from 'esbuild';
import { transformFile } from '@swc/core';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(root, 'dist/apps/api');

const swcDecorators = {
  name: 'swc-decorators',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
      const output = await transformFile(args.path, {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'es6' },
        sourceMaps: 'inline',
      });
      return { contents: output.code, loader: 'js' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: {
    main: resolve(root, 'apps/api/src/main.ts'),
    'data-source': resolve(root, 'apps/api/src/database/data-source.ts'),
    openapi: resolve(root, 'apps/api/src/openapi.ts'),
    'seed-profiles': resolve(root, 'apps/api/src/seed-profiles.ts'),
    reindex: resolve(root, 'apps/api/src/reindex.ts'),
  },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  keepNames: true,
  tsconfig: resolve(root, 'apps/api/tsconfig.app.json'),
  plugins: [swcDecorators],
  logLevel: 'warning',
});
cpSync(resolve(root, 'apps/api/reference-data'), resolve(outdir, 'reference-data'), { recursive: true });
// The printouts' fonts (with their licence) ship beside the bundle: Chromium loads them from there.
cpSync(resolve(root, 'apps/api/assets'), resolve(outdir, 'assets'), { recursive: true });
process.stdout.write(`api bundled into ${outdir}\n`);
