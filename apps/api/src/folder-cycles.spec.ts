import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const workspace = resolve(__dirname, '../../..');

// The checker is plain CommonJS so that the lint targets can run it with node alone.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cycles = require(join(workspace, 'tools', 'folder-cycles.cjs')) as {
  LAYOUTS: { name: string; root: string; units: string[]; skip: string[] }[];
  checkFolder(root: string, units?: string[], skip?: string[]): string[];
};

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'folder-cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('folder import cycles', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('finds a cycle between two feature folders and names the imports that close it', () => {
    const root = tree({
      'modules/accounts/accounts.service.ts': `import { AuthService } from '../auth/auth.service';\nexport class AccountsService {}`,
      'modules/auth/auth.service.ts': `import type { AccountsService } from '../accounts/accounts.service';\nexport class AuthService {}`,
      'modules/towns/towns.ts': `import { AuthService } from '../auth/auth.service';`,
    });
    roots.push(root);
    const problems = cycles.checkFolder(root, ['modules']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('cycle between modules/accounts, modules/auth');
    expect(problems[0]).toContain('modules/auth/auth.service.ts → ../accounts/accounts.service');
    expect(problems[0]).not.toContain('modules/towns');
  });

  it('finds a cycle through a shared folder, a re-export and an index file', () => {
    const root = tree({
      'common/access.ts': `export * from '../modules/auth';`,
      'modules/auth/index.ts': `export { guard } from './guard';`,
      'modules/auth/guard.ts': `import { x } from '../../common/access';\nexport const guard = x;`,
    });
    roots.push(root);
    expect(cycles.checkFolder(root, ['modules'])).toEqual([
      expect.stringContaining('cycle between common, modules/auth'),
    ]);
  });

  it('leaves out spec files and skipped helper folders, and allows one-way imports', () => {
    const root = tree({
      'features/jobs/board.tsx': `import { Firm } from '../companies/firm';`,
      'features/companies/firm.tsx': `export const Firm = 1;`,
      'features/companies/firm.spec.tsx': `import { Board } from '../jobs/board';`,
      'features/companies/lookup.tsx': `import { render } from '../../testing/render';`,
      'testing/render.tsx': `import { Board } from '../features/jobs/board';`,
    });
    roots.push(root);
    expect(cycles.checkFolder(root, ['features'], ['testing'])).toEqual([]);
    expect(cycles.checkFolder(root, ['features'])).toHaveLength(1);
  });

  it.each(cycles.LAYOUTS.map((layout) => [layout.root, layout] as const))(
    '%s has no folder import cycle',
    (_root, layout) => {
      expect(cycles.checkFolder(join(workspace, layout.root), layout.units, layout.skip)).toEqual([]);
    },
  );
});
