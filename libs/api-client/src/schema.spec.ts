import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

describe('generated API client', () => {
  it('matches apps/api/openapi.json (run `npx nx run api-client:generate` when this fails)', () => {
    const fresh = execFileSync(process.execPath, [resolve(root, 'tools/generate-api-client.mjs'), '--stdout'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const committed = readFileSync(resolve(__dirname, 'schema.ts'), 'utf8');
    expect(committed === fresh).toBe(true);
  });
});
